// The categories people in the district look for, with the words they use for them. Order is the
// order of the home page grid: everyday trades first, then health, rentals and the rest.
import type { CategoryKind } from '../../lib/generated/prisma/enums';

export interface CategorySeed {
  slug: string;
  kind: CategoryKind;
  nameBn: string;
  nameEn: string;
  icon: string;
  aliases?: string[];
}

export const categories: CategorySeed[] = [
  { slug: 'electrician', kind: 'SERVICE', nameBn: 'ইলেকট্রিশিয়ান', nameEn: 'Electrician', icon: 'zap', aliases: ['বিদ্যুৎ মিস্ত্রি', 'ইলেকট্রিক মিস্ত্রি', 'electric mistri', 'wiring', 'কারেন্টের মিস্ত্রি', 'bidyut mistri', 'current mistri'] },
  { slug: 'plumber', kind: 'SERVICE', nameBn: 'প্লাম্বার', nameEn: 'Plumber', icon: 'droplet', aliases: ['পানির মিস্ত্রি', 'স্যানিটারি মিস্ত্রি', 'pani mistri', 'sanitary', 'পাইপ মিস্ত্রি', 'plumbing', 'sanitary mistri'] },
  { slug: 'carpenter', kind: 'SERVICE', nameBn: 'কাঠমিস্ত্রি', nameEn: 'Carpenter', icon: 'hammer', aliases: ['কাঠ মিস্ত্রি', 'ছুতার', 'kath mistri', 'furniture', 'ফার্নিচার মিস্ত্রি', 'chutar', 'kather mistri'] },
  { slug: 'mason', kind: 'SERVICE', nameBn: 'রাজমিস্ত্রি', nameEn: 'Mason', icon: 'brick-wall', aliases: ['রাজ মিস্ত্রি', 'raj mistri', 'construction', 'দালান মিস্ত্রি', 'টাইলস মিস্ত্রি', 'tiles mistri'] },
  { slug: 'painter', kind: 'SERVICE', nameBn: 'রংমিস্ত্রি', nameEn: 'Painter', icon: 'paint-roller', aliases: ['রং মিস্ত্রি', 'পেইন্টার', 'rong mistri', 'রঙ মিস্ত্রি', 'painter', 'rong er kaj'] },
  { slug: 'mechanic', kind: 'SERVICE', nameBn: 'মেকানিক', nameEn: 'Mechanic', icon: 'wrench', aliases: ['গাড়ির মিস্ত্রি', 'মোটরসাইকেল মিস্ত্রি', 'mistri', 'মোটর মেকানিক', 'garir mistri', 'motorcycle mistri'] },
  { slug: 'mobile-repair', kind: 'SERVICE', nameBn: 'মোবাইল ও ইলেকট্রনিক্স মেরামত', nameEn: 'Mobile & electronics repair', icon: 'smartphone', aliases: ['মোবাইল সার্ভিসিং', 'টিভি মেরামত', 'fridge repair', 'মোবাইল মেরামত', 'mobile servicing', 'mobile repair', 'phone repair'] },
  { slug: 'computer-it', kind: 'SERVICE', nameBn: 'কম্পিউটার ও আইটি', nameEn: 'Computer & IT', icon: 'laptop', aliases: ['কম্পিউটার দোকান', 'ইন্টারনেট', 'software', 'কম্পিউটার মেরামত', 'computer repair', 'computer'] },
  { slug: 'barber', kind: 'SERVICE', nameBn: 'নাপিত / সেলুন', nameEn: 'Barber', icon: 'scissors', aliases: ['সেলুন', 'নরসুন্দর', 'saloon', 'napit', 'চুল কাটা', 'hair cut', 'salon', 'barber'] },
  { slug: 'parlour', kind: 'SERVICE', nameBn: 'পার্লার', nameEn: 'Beauty parlour', icon: 'sparkles', aliases: ['বিউটি পার্লার', 'beautician', 'bridal makeup', 'মেহেদি', 'সাজগোজ', 'parlour', 'beauty parlour'] },
  { slug: 'tailor', kind: 'SERVICE', nameBn: 'দর্জি', nameEn: 'Tailor', icon: 'shirt', aliases: ['টেইলার্স', 'darji', 'silai', 'টেইলার', 'সেলাই', 'dorji', 'tailor'] },
  { slug: 'cobbler', kind: 'SERVICE', nameBn: 'মুচি', nameEn: 'Cobbler', icon: 'footprints', aliases: ['জুতা মেরামত', 'muchi', 'shoe repair', 'জুতা সেলাই', 'mochi', 'cobbler'] },
  { slug: 'butcher', kind: 'SERVICE', nameBn: 'কসাই', nameEn: 'Butcher', icon: 'beef', aliases: ['মাংস', 'kosai', 'qurbani', 'মাংস বিক্রেতা', 'koshai', 'butcher'] },
  { slug: 'cleaner', kind: 'SERVICE', nameBn: 'পরিচ্ছন্নতা কর্মী', nameEn: 'Cleaner', icon: 'spray-can', aliases: ['ক্লিনার', 'পরিষ্কার', 'cleaning', 'ঝাড়ুদার', 'cleaner'] },
  { slug: 'housemaid', kind: 'SERVICE', nameBn: 'গৃহকর্মী', nameEn: 'Housemaid', icon: 'house', aliases: ['বুয়া', 'কাজের লোক', 'bua', 'maid', 'কাজের বুয়া', 'ঠিকা বুয়া', 'গৃহপরিচারিকা', 'ঘরের কাজের লোক', 'kajer lok', 'kajer bua', 'housemaid'] },
  { slug: 'day-labourer', kind: 'SERVICE', nameBn: 'দিনমজুর', nameEn: 'Day labourer', icon: 'hard-hat', aliases: ['শ্রমিক', 'কামলা', 'kamla', 'labour', 'মজুর', 'din mojur', 'day labourer', 'labor'] },
  { slug: 'driver', kind: 'SERVICE', nameBn: 'ড্রাইভার', nameEn: 'Driver', icon: 'car', aliases: ['চালক', 'গাড়ি চালক', 'chalok', 'গাড়ির ড্রাইভার', 'driver'] },
  { slug: 'rickshaw-auto', kind: 'SERVICE', nameBn: 'রিকশা ও অটো', nameEn: 'Rickshaw & auto', icon: 'bike', aliases: ['রিকশাওয়ালা', 'ইজিবাইক', 'সিএনজি', 'easy bike', 'cng', 'অটো', 'অটোরিকশা', 'রিকশা', 'auto', 'rickshaw'] },
  { slug: 'courier', kind: 'SERVICE', nameBn: 'কুরিয়ার ও ডেলিভারি', nameEn: 'Courier & delivery', icon: 'truck', aliases: ['কুরিয়ার', 'পার্সেল', 'delivery', 'ডেলিভারি', 'courier', 'parcel'] },
  { slug: 'decorator', kind: 'SERVICE', nameBn: 'ডেকোরেটর', nameEn: 'Decorator', icon: 'party-popper', aliases: ['বিয়ের সাজসজ্জা', 'প্যান্ডেল', 'decoration', 'ডেকোরেশন', 'decorator', 'pandal'] },
  { slug: 'home-cook', kind: 'SERVICE', nameBn: 'রাঁধুনি ও বেকার', nameEn: 'Home cook & baker', icon: 'chef-hat', aliases: ['বাবুর্চি', 'বাসার রান্না', 'baburchi', 'cook', 'রাঁধুনি', 'radhuni', 'bawarchi'] },
  { slug: 'tutor', kind: 'SERVICE', nameBn: 'গৃহশিক্ষক', nameEn: 'Tutor', icon: 'graduation-cap', aliases: ['প্রাইভেট টিউটর', 'মাস্টার', 'teacher', 'private', 'টিউটর', 'শিক্ষক', 'tutor', 'home tutor'] },
  { slug: 'photographer', kind: 'SERVICE', nameBn: 'ফটোগ্রাফার', nameEn: 'Photographer', icon: 'camera', aliases: ['ছবি তোলা', 'ভিডিওগ্রাফার', 'video', 'ক্যামেরাম্যান', 'cameraman', 'photographer'] },
  { slug: 'illustrator', kind: 'SERVICE', nameBn: 'ডিজাইন ও ফটো এডিটিং', nameEn: 'Illustration & photo editing', icon: 'pen-tool', aliases: ['গ্রাফিক ডিজাইনার', 'ফটো এডিট', 'graphic design', 'ডিজাইনার', 'designer'] },
  { slug: 'engineer', kind: 'SERVICE', nameBn: 'প্রকৌশলী', nameEn: 'Engineer', icon: 'drafting-compass', aliases: ['ইঞ্জিনিয়ার', 'বাড়ির নকশা', 'civil engineer', 'engineer', 'prokoushali'] },
  { slug: 'lawyer', kind: 'SERVICE', nameBn: 'আইনজীবী', nameEn: 'Lawyer', icon: 'scale', aliases: ['উকিল', 'অ্যাডভোকেট', 'ukil', 'advocate', 'lawyer'] },
  { slug: 'doctor', kind: 'SERVICE', nameBn: 'ডাক্তার', nameEn: 'Doctor', icon: 'stethoscope', aliases: ['চিকিৎসক', 'daktar', 'physician', 'ডাক্তার সাহেব', 'doctor', 'chikitsok'] },
  { slug: 'hospital', kind: 'EMERGENCY', nameBn: 'হাসপাতাল ও ক্লিনিক', nameEn: 'Hospital & clinic', icon: 'hospital', aliases: ['ক্লিনিক', 'ডায়াগনস্টিক', 'clinic', 'হাসপাতাল', 'hospital', 'haspatal'] },
  { slug: 'pharmacy', kind: 'SERVICE', nameBn: 'ফার্মেসি', nameEn: 'Pharmacy', icon: 'pill', aliases: ['ওষুধের দোকান', 'ঔষধ', 'medicine', 'ফার্মেসী', 'ওষুধ', 'oshudh', 'pharmacy'] },
  { slug: 'ambulance', kind: 'EMERGENCY', nameBn: 'অ্যাম্বুলেন্স', nameEn: 'Ambulance', icon: 'ambulance', aliases: ['এম্বুলেন্স', 'ambulence', 'ambulance'] },
  { slug: 'blood-donor', kind: 'BLOOD', nameBn: 'রক্তদাতা', nameEn: 'Blood donor', icon: 'droplets', aliases: ['রক্ত', 'রক্তদান', 'blood', 'রক্তের গ্রুপ', 'blood donor', 'rokto', 'donor'] },
  { slug: 'house-rent', kind: 'RENTAL', nameBn: 'বাসা ভাড়া', nameEn: 'House rent', icon: 'building', aliases: ['বাড়ি ভাড়া', 'ফ্ল্যাট ভাড়া', 'to-let', 'tolet', 'টু লেট', 'টু-লেট', 'ফ্ল্যাট', 'basha bhara', 'bari bhara', 'house rent', 'flat'] },
  { slug: 'office-rent', kind: 'RENTAL', nameBn: 'অফিস ভাড়া', nameEn: 'Office rent', icon: 'building-2', aliases: ['অফিস স্পেস', 'office rent', 'office space'] },
  { slug: 'shop-rent', kind: 'RENTAL', nameBn: 'দোকান ভাড়া', nameEn: 'Shop rent', icon: 'store', aliases: ['দোকান', 'dokan bhara', 'shop rent'] },
  { slug: 'godown-rent', kind: 'RENTAL', nameBn: 'গোডাউন ভাড়া', nameEn: 'Godown rent', icon: 'warehouse', aliases: ['গুদাম', 'warehouse', 'গোডাউন', 'godown'] },
  { slug: 'vehicle-rent', kind: 'RENTAL', nameBn: 'গাড়ি ভাড়া', nameEn: 'Vehicle rental', icon: 'bus', aliases: ['মাইক্রোবাস ভাড়া', 'পিকআপ ভাড়া', 'rent a car', 'মাইক্রো ভাড়া', 'gari bhara', 'car rent'] },
  { slug: 'farmer', kind: 'SERVICE', nameBn: 'কৃষক', nameEn: 'Farmer', icon: 'tractor', aliases: ['চাষি', 'কৃষি', 'krishok', 'চাষী', 'chashi', 'farmer'] },
  { slug: 'artist', kind: 'SERVICE', nameBn: 'শিল্পী', nameEn: 'Artist', icon: 'palette', aliases: ['চিত্রশিল্পী', 'গায়ক', 'singer', 'শিল্পী', 'shilpi', 'artist'] },
  { slug: 'cultural-worker', kind: 'SERVICE', nameBn: 'সাংস্কৃতিক কর্মী', nameEn: 'Cultural worker', icon: 'star', aliases: ['সংস্কৃতিকর্মী', 'লোকশিল্পী', 'বাউল', 'নাট্যকর্মী', 'যাত্রাশিল্পী', 'আবৃত্তিকার', 'উপস্থাপক', 'নৃত্যশিল্পী', 'cultural worker', 'sangskritik kormi', 'baul', 'folk singer', 'dancer', 'reciter'] },
  { slug: 'player-coach', kind: 'SERVICE', nameBn: 'খেলোয়াড় ও প্রশিক্ষক', nameEn: 'Player & coach', icon: 'trophy', aliases: ['কোচ', 'ক্রীড়া', 'sports', 'খেলোয়াড়', 'coach', 'player'] },
  { slug: 'writer', kind: 'SERVICE', nameBn: 'লেখক', nameEn: 'Writer', icon: 'feather', aliases: ['কবি', 'সাহিত্যিক', 'poet', 'writer', 'lekhok'] },
  { slug: 'publisher', kind: 'SERVICE', nameBn: 'প্রকাশক ও ছাপাখানা', nameEn: 'Publisher & printing', icon: 'book-open', aliases: ['প্রেস', 'ছাপাখানা', 'printing press', 'printing', 'chapakhana'] },
  { slug: 'journalist', kind: 'SERVICE', nameBn: 'সাংবাদিক', nameEn: 'Journalist', icon: 'newspaper', aliases: ['সংবাদকর্মী', 'reporter', 'journalist', 'sangbadik'] },
  { slug: 'public-representative', kind: 'OFFICE', nameBn: 'জনপ্রতিনিধি', nameEn: 'Public representative', icon: 'users', aliases: ['চেয়ারম্যান', 'মেম্বার', 'কাউন্সিলর', 'chairman', 'member', 'ইউপি চেয়ারম্যান', 'representative'] },
  { slug: 'government-office', kind: 'OFFICE', nameBn: 'সরকারি অফিস', nameEn: 'Government office', icon: 'landmark', aliases: ['উপজেলা পরিষদ', 'ইউনিয়ন পরিষদ', 'ভূমি অফিস', 'office', 'সরকারি দপ্তর', 'government office', 'sorkari office'] },
  { slug: 'important-person', kind: 'OFFICE', nameBn: 'গুরুত্বপূর্ণ ব্যক্তি', nameEn: 'Important persons', icon: 'user-round', aliases: ['বিশিষ্ট ব্যক্তি'] },
  { slug: 'company', kind: 'OFFICE', nameBn: 'প্রতিষ্ঠান ও কোম্পানি', nameEn: 'Companies', icon: 'briefcase', aliases: ['কোম্পানি', 'ব্যবসা প্রতিষ্ঠান', 'business'] },
  // Product categories, used by the shops' catalogs.
  { slug: 'pitha', kind: 'PRODUCT', nameBn: 'পিঠা', nameEn: 'Pitha', icon: 'cookie', aliases: ['পিঠা-পুলি', 'পুলি', 'pitha', 'pitta'] },
  { slug: 'cakes-bakery', kind: 'PRODUCT', nameBn: 'কেক ও বেকারি', nameEn: 'Cakes & bakery', icon: 'cake', aliases: ['কেক', 'জন্মদিনের কেক', 'cake', 'bakery'] },
  { slug: 'home-food', kind: 'PRODUCT', nameBn: 'ঘরের রান্না', nameEn: 'Home-made food', icon: 'soup', aliases: ['বাসার খাবার', 'আচার', 'achar', 'home food'] },
  { slug: 'handicrafts', kind: 'PRODUCT', nameBn: 'হস্তশিল্প ও নকশিকাঁথা', nameEn: 'Handicrafts & nakshi kantha', icon: 'flower', aliases: ['নকশি কাঁথা', 'কাঁথা', 'nakshi kantha', 'crafts'] },
  { slug: 'clothing', kind: 'PRODUCT', nameBn: 'পোশাক', nameEn: 'Clothing', icon: 'shirt', aliases: ['শাড়ি', 'থ্রি-পিস', 'saree'] },
  { slug: 'farm-produce', kind: 'PRODUCT', nameBn: 'কৃষিপণ্য', nameEn: 'Farm produce', icon: 'wheat', aliases: ['সবজি', 'চাল', 'মধু', 'vegetables', 'honey'] },
  { slug: 'livestock', kind: 'PRODUCT', nameBn: 'গবাদিপশু ও হাঁস-মুরগি', nameEn: 'Livestock & poultry', icon: 'egg', aliases: ['গরু', 'ছাগল', 'দেশি মুরগি', 'cow', 'goat'] },
  { slug: 'dairy-sweets', kind: 'PRODUCT', nameBn: 'দই ও মিষ্টি', nameEn: 'Curd & sweets', icon: 'milk', aliases: ['বগুড়ার দই', 'মিষ্টি', 'doi', 'mishti'] },
];
