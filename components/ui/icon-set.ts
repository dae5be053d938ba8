// The icons Haat uses, by name (category icons are stored by these names). Only
// scripts/build-icons.ts and tests import this: it draws them once into public/icons.svg, and
// pages show them from there (components/ui/icon.tsx), so no icon code or path data ships with a page.
import {
  Ambulance, BadgeCheck, Bookmark, Beef, Bike, Car, BookOpen, BrickWall, Briefcase, Building, Building2, Bus, Cake, Camera, ChefHat,
  ChevronRight, Circle, Clock, Cookie, DraftingCompass, Droplet, Droplets, Egg, Feather, Flower, Footprints,
  GraduationCap, Hammer, HardHat, Hospital, House, Landmark, Laptop, MapPin, MessageCircle, Milk, Newspaper,
  Package, PaintRoller, Palette, PawPrint, PartyPopper, PenTool, Phone, PhoneCall, Pill, Scale, Scissors, Search, Shirt, ShoppingBag,
  Shield, Flame, Ruler, Calendar, Siren, Smartphone, Soup, Sparkles, SprayCan, Star, Stethoscope, Store, Tractor, Trophy, Truck, UserRound, Users,
  Warehouse, Wheat, Wrench, Zap, type LucideIcon,
} from 'lucide-react';

export const ICON_SET: Record<string, LucideIcon> = {
  // Shown for a name that has no icon.
  circle: Circle,
  ambulance: Ambulance, 'badge-check': BadgeCheck, bookmark: Bookmark, beef: Beef, bike: Bike, 'book-open': BookOpen, 'brick-wall': BrickWall,
  briefcase: Briefcase, building: Building, car: Car, 'building-2': Building2, bus: Bus, cake: Cake, camera: Camera, 'chef-hat': ChefHat,
  'chevron-right': ChevronRight, clock: Clock, cookie: Cookie, 'drafting-compass': DraftingCompass, droplet: Droplet,
  droplets: Droplets, egg: Egg, feather: Feather, flower: Flower, footprints: Footprints, 'graduation-cap': GraduationCap,
  hammer: Hammer, 'hard-hat': HardHat, hospital: Hospital, house: House, landmark: Landmark, laptop: Laptop, 'map-pin': MapPin,
  'message-circle': MessageCircle, milk: Milk, newspaper: Newspaper, package: Package, 'paint-roller': PaintRoller, 'paw-print': PawPrint,
  palette: Palette, 'party-popper': PartyPopper, 'pen-tool': PenTool, phone: Phone, 'phone-call': PhoneCall, pill: Pill,
  scale: Scale, scissors: Scissors, search: Search, shirt: Shirt, 'shopping-bag': ShoppingBag, siren: Siren, smartphone: Smartphone,
  soup: Soup, sparkles: Sparkles, 'spray-can': SprayCan, star: Star, stethoscope: Stethoscope, store: Store,
  tractor: Tractor, trophy: Trophy, truck: Truck, 'user-round': UserRound, users: Users, warehouse: Warehouse,
  wheat: Wheat, wrench: Wrench, zap: Zap, shield: Shield, flame: Flame, ruler: Ruler, calendar: Calendar,
};


export const hasIcon = (name: string) => Object.hasOwn(ICON_SET, name);
