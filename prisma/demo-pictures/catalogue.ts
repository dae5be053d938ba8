// Which demo picture goes where. The pictures are WebP files beside this one, drawn for Haat
// (draw/*.ts, rendered by scripts/demo-pictures.ts); the demo seed stores them through the media
// pipeline like any upload.
import { readFile } from 'node:fs/promises';
import path from 'node:path';

/** Every committed demo picture is a WebP of at most this many bytes. */
export const MAX_PICTURE_BYTES = 30_000;
export const picturesDir = import.meta.dirname;

/** The bytes of a demo picture (a WebP). */
export const readDemoPicture = (name: string): Promise<Buffer> => readFile(path.join(picturesDir, `${name}.webp`));

/** Each demo product's picture, by its English name (demo-content.ts). */
export const productPictures: Record<string, string> = {
  'Bhapa pitha': 'bhapa-pitha',
  'Chitoi pitha with mustard bhorta': 'chitoi-pitha',
  'Dudh chitoi': 'dudh-chitoi',
  Patishapta: 'patishapta',
  'Nakshi pitha': 'nakshi-pitha',
  'Puli pitha': 'puli-pitha',
  'Chocolate cake': 'chocolate-cake',
  'Vanilla buttercream cake': 'vanilla-cake',
  'Red velvet cake': 'red-velvet-cake',
  'Cupcakes (6)': 'cupcakes',
  'Home-made biscuits': 'home-biscuits',
  'Nakshi kantha (double)': 'kantha-double',
  'Nakshi kantha (single)': 'kantha-single',
  'Nakshi cushion covers (2)': 'cushion-covers',
  'Nakshi wall mat': 'kantha-wall-mat',
  'Made-to-order kantha': 'kantha-hoop',
  'Sweet curd in clay pot': 'mishti-doi',
  'Sour curd': 'tok-doi',
  'Pure cow ghee': 'ghee',
  Rasmalai: 'rasmalai',
  Khirsa: 'khirsa',
  'Mango pickle': 'mango-pickle',
  'Olive pickle': 'olive-pickle',
  'Garlic pickle': 'garlic-pickle',
  'Elephant apple pickle': 'chalta-pickle',
  'Khichuri with beef (to order)': 'khichuri',
  'Teler pitha': 'teler-pitha',
  Malpua: 'malpua',
  'Chui pitha in milk': 'chui-pitha',
  'Jhal pitha': 'jhal-pitha',
  'Coconut naru (20)': 'narkel-naru',
  'Cotton handloom saree': 'cotton-saree',
  'Half-silk saree': 'half-silk-saree',
  'Handloom gamcha (2)': 'gamcha',
  "Men's lungi": 'lungi',
  'Mustard flower honey': 'honey',
  'Kalijira rice': 'kalijira-rice',
  'Free-range eggs': 'hen-eggs',
  'Desi chicken': 'desi-chicken',
  'Date palm jaggery': 'patali-gur',
  'Hand-stitched three-piece': 'three-piece',
  'Nakshi kantha (haor motif)': 'kantha-haor',
  'Ghee-fried salted biscuits': 'salted-biscuits',
  'Sour-hot olive pickle': 'olive-pickle-hot',
  'Coconut sandesh': 'sandesh',
  'Liquid date-palm jaggery': 'jhola-gur',
  'Haor duck eggs': 'duck-eggs',
};

/**
 * Pictures of a trade's work, by category, each with its caption. Providers of a trade take turns
 * at which one comes first, so two neighbours in a list do not show the same picture. A trade not
 * here (butcher, important person) gets no work photos.
 */
export const workPictures: Record<string, [name: string, caption: string][]> = {
  electrician: [['work-switchboard', 'নতুন সুইচবোর্ড ও সকেট লাগানো'], ['work-ceiling-fan', 'সিলিং ফ্যান লাগানো'], ['work-wiring', 'বাসার ওয়্যারিং ও জাংশন বক্স']],
  plumber: [['work-tap-pipes', 'বেসিন, ট্যাপ ও পাইপের লাইন'], ['work-water-pump', 'পানির মোটর ও ছাদের ট্যাংক']],
  carpenter: [['work-almirah', 'সেগুন কাঠের আলমারি'], ['work-carpentry-tools', 'কাঠের কাজের সরঞ্জাম']],
  mason: [['work-brick-wall', 'ইটের গাঁথুনি'], ['work-tiles', 'মেঝেতে টাইলস বসানো']],
  painter: [['work-paint-roller', 'ঘরের দেয়ালে নতুন রং'], ['work-paint-cans', 'রং ও ব্রাশ, কাজের আগে']],
  mechanic: [['work-motorcycle', 'মোটরসাইকেল সার্ভিসিং'], ['work-easy-bike', 'ইজিবাইক মেরামত']],
  'mobile-repair': [['work-phone-repair', 'মোবাইলের ডিসপ্লে বদল'], ['work-tv-repair', 'টিভি মেরামত']],
  'computer-it': [['work-computer', 'অনলাইন আবেদন ও প্রিন্ট'], ['work-design', 'ব্যানার ডিজাইন']],
  barber: [['work-barber', 'সেলুনের চেয়ার'], ['work-barber-tools', 'কাঁচি, চিরুনি ও ক্ষুর']],
  parlour: [['work-mehendi', 'বিয়ের মেহেদি'], ['work-makeup', 'সাজের সরঞ্জাম']],
  tailor: [['work-sewing-machine', 'সেলাই মেশিনে কাজ'], ['work-kameez', 'সেলাই করা কামিজ'], ['work-blouse', 'মাপমতো ব্লাউজ'], ['three-piece', 'থ্রি-পিস, ওড়নাসহ']],
  cobbler: [['work-cobbler', 'জুতা সেলাই ও কালি'], ['work-sandals', 'স্যান্ডেল মেরামত']],
  cleaner: [['work-cleaning', 'মেঝে পরিষ্কার'], ['work-water-pump', 'পানির ট্যাংক পরিষ্কার']],
  housemaid: [['work-kitchen', 'রান্নাঘর গোছানো'], ['work-cleaning', 'ঘর মোছা']],
  'day-labourer': [['work-spade', 'মাটি কাটার কাজ'], ['work-rice-sacks', 'মালামাল ওঠানো-নামানো']],
  driver: [['work-car', 'প্রাইভেট কার'], ['rent-microbus', 'দূরের যাত্রায় মাইক্রোবাস']],
  'rickshaw-auto': [['work-easy-bike', 'ইজিবাইক, রিজার্ভ ভাড়ায়'], ['work-easy-bike-night', 'সন্ধ্যায় বাসস্ট্যান্ডে']],
  'home-cook': [['work-biryani', 'বিয়ের বিরিয়ানি'], ['work-kitchen', 'রান্নার হাঁড়ি-পাতিল']],
  tutor: [['work-blackboard', 'গণিতের ক্লাস'], ['work-writing', 'খাতা দেখা']],
  photographer: [['work-camera', 'ক্যামেরা ও ছবি প্রিন্ট'], ['work-wedding-stage', 'বিয়ের অনুষ্ঠানের ছবি']],
  illustrator: [['work-design', 'ঈদের ব্যানার ডিজাইন'], ['work-printing', 'বিয়ের কার্ডের নকশা']],
  engineer: [['work-blueprint', 'বাড়ির নকশা'], ['work-brick-wall', 'সাইট তদারকি']],
  lawyer: [['work-law-books', 'চেম্বার'], ['work-writing', 'দলিল লেখা']],
  doctor: [['work-stethoscope', 'ব্যবস্থাপত্র'], ['work-clinic', 'চেম্বার']],
  pharmacy: [['work-medicine-shelf', 'ওষুধের তাক'], ['work-stethoscope', 'প্রেশার মাপা']],
  ambulance: [['work-ambulance', 'এসি অ্যাম্বুলেন্স'], ['work-clinic', 'হাসপাতালে পৌঁছে দেওয়া']],
  decorator: [['work-wedding-stage', 'বিয়ের মঞ্চ ও আলো'], ['work-decor-chairs', 'চেয়ার-টেবিল ও প্যান্ডেল']],
  courier: [['work-parcels', 'পার্সেল, পৌঁছানোর জন্য তৈরি'], ['work-courier-bike', 'মোটরসাইকেলে ডেলিভারি']],
  farmer: [['work-vegetables', 'নিজের জমির সবজি'], ['kalijira-rice', 'নতুন ধানের চাল']],
  hospital: [['work-clinic', 'ক্লিনিক ভবন'], ['work-stethoscope', 'ডাক্তারের চেম্বার']],
  'house-rent': [['rent-flat-building', 'ভাড়ার ফ্ল্যাট'], ['rent-tin-shed-house', 'টিনশেড বাড়ি'], ['rent-flat-living', 'বসার ঘর']],
  'office-rent': [['rent-office', 'অফিস স্পেস'], ['rent-flat-building', 'ভবনের সামনের দিক']],
  'shop-rent': [['rent-shop', 'বাজারে দোকান'], ['rent-godown', 'পেছনে মালামাল রাখার জায়গা']],
  'godown-rent': [['rent-godown', 'শুকনো গুদাম'], ['work-rice-sacks', 'ধান-চালের বস্তা']],
  'vehicle-rent': [['rent-microbus', 'এসি মাইক্রোবাস'], ['rent-pickup', 'পিকআপ ভ্যান']],
  artist: [['work-harmonium', 'গানের সরঞ্জাম'], ['work-easel', 'গ্রামের ছবি আঁকা']],
  'player-coach': [['work-cricket', 'ক্রিকেট অনুশীলন'], ['work-football', 'ফুটবল প্রশিক্ষণ']],
  writer: [['work-writing', 'নতুন লেখা'], ['work-newspaper', 'পত্রিকায় ছাপা লেখা']],
  publisher: [['work-printing', 'বিয়ের কার্ড ছাপা'], ['work-newspaper', 'ছাপাখানার কাজ']],
  journalist: [['work-newspaper', 'স্থানীয় সংবাদ'], ['work-writing', 'প্রতিবেদন লেখা']],
  company: [['work-rice-sacks', 'চালকলের চাল'], ['rent-godown', 'গুদাম']],
  'cultural-worker': [['work-harmonium', 'বাউল ও লোকগান'], ['work-wedding-stage', 'অনুষ্ঠানের মঞ্চ']],
};

/** Each demo to-let notice's pictures, by its title (demo-rentals.ts). */
export const rentalPictures: Record<string, string[]> = {
  '২ রুমের ফ্ল্যাট, পরিবারের জন্য': ['rent-flat-living', 'rent-flat-bedroom'],
  'উঠানসহ টিনশেড বাড়ি': ['rent-tin-shed-house'],
  'ব্যাচেলর রুম (ছাত্র/চাকরিজীবী)': ['rent-bachelor-room'],
  'নতুন বিল্ডিংয়ে ৩ রুমের ফ্ল্যাট': ['rent-flat-building', 'rent-flat-living'],
  'হাটের পাশে রাস্তামুখী দোকান': ['rent-shop'],
  'মেইন রোডে দোতলায় অফিস': ['rent-office'],
  'ধান-চাল রাখার শুকনো গুদাম': ['rent-godown'],
  'এসি মাইক্রোবাস, চালকসহ': ['rent-microbus'],
  'পিকআপ ভ্যান — মালামাল আনা-নেওয়া': ['rent-pickup'],
  'হাওর রোডে ২ রুমের ফ্ল্যাট': ['rent-flat-bedroom', 'rent-flat-building'],
  'ছাত্রদের জন্য মেস রুম': ['rent-bachelor-room'],
  'কটিয়াদী বাজারে দোকান': ['rent-shop'],
  'ইঞ্জিনের নৌকা — হাওরে ঘোরা ও মাল আনা': ['rent-boat'],
};

/** A demo shop's logo and banner. */
export const shopPictures = (slug: string) => ({ logo: `logo-${slug}`, banner: `banner-${slug}` });

/** The demo's livestock listings' pictures, by animal and breed (demo-livestock.ts); others have none. */
export const livestockPictures: Record<string, string[]> = {
  'BULL:DESHI': ['haat-deshi-bull'],
  'BULL:SHAHIWAL': ['haat-shahiwal-bull'],
  'BULL:FRIESIAN': ['haat-friesian-cow', 'haat-shahiwal-bull'],
  'COW:FRIESIAN': ['haat-friesian-cow'],
  'GOAT:BLACK_BENGAL': ['haat-black-goat'],
  'GOAT:JAMUNAPARI': ['haat-brown-goat'],
};
