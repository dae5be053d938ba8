// Demo content for the districts Bogura (with Sherpur upazila) and Kishoreganj. Names, trades and
// products are what people there actually say; phone numbers are made up.

export const DEMO_PASSWORD = 'demo1234';

export const demoAccounts = [
  { phone: '+8801700000000', name: 'হাট অ্যাডমিন', roles: ['ADMIN', 'BUYER'], officerArea: null },
  { phone: '+8801700000001', name: 'মোছাঃ ফারজানা ইয়াসমিন (আইসিটি অফিসার, শেরপুর)', roles: ['OFFICER', 'BUYER'], officerArea: 'sherpur-bogura' },
  { phone: '+8801700000002', name: 'রাশিদা বেগম', roles: ['SELLER', 'BUYER'], officerArea: null },
  { phone: '+8801700000003', name: 'মোঃ আব্দুল করিম', roles: ['PROVIDER', 'BUYER'], officerArea: null },
  { phone: '+8801700000004', name: 'সুমাইয়া আক্তার', roles: ['BUYER'], officerArea: null },
  { phone: '+8801700000005', name: 'মোঃ তানভীর আহমেদ (আইসিটি অফিসার, কিশোরগঞ্জ)', roles: ['OFFICER', 'BUYER'], officerArea: 'kishoreganj' },
] as const;

export const maleNames = ['মোঃ আব্দুল করিম', 'মোঃ রফিকুল ইসলাম', 'মোঃ জাহিদ হাসান', 'মোঃ সোহেল রানা', 'মোঃ আলমগীর হোসেন', 'মোঃ শফিকুল ইসলাম', 'মোঃ রাজু আহমেদ', 'মোঃ মিজানুর রহমান', 'মোঃ নজরুল ইসলাম', 'মোঃ হাবিবুর রহমান', 'মোঃ কামরুল হাসান', 'মোঃ সাইফুল ইসলাম', 'মোঃ আনোয়ার হোসেন', 'মোঃ বাবুল মিয়া', 'মোঃ জসিম উদ্দিন', 'মোঃ ফারুক হোসেন', 'মোঃ মাসুদ রানা', 'মোঃ আরিফুল ইসলাম', 'মোঃ তরিকুল ইসলাম', 'মোঃ শাহিন আলম', 'মোঃ মনিরুজ্জামান', 'মোঃ এনামুল হক', 'মোঃ লিটন মিয়া', 'মোঃ রুবেল হোসেন', 'শ্রী গোপাল চন্দ্র দাস', 'শ্রী নিতাই সরকার', 'মোঃ ইউসুফ আলী', 'মোঃ দুলাল হোসেন', 'মোঃ হারুনুর রশিদ', 'মোঃ সাজ্জাদ হোসেন'];
export const femaleNames = ['রাশিদা বেগম', 'মোছাঃ নাসরিন আক্তার', 'ফাতেমা খাতুন', 'মোছাঃ শাহনাজ পারভীন', 'রোকসানা আক্তার', 'সালমা বেগম', 'মোছাঃ রেহানা খাতুন', 'তাহমিনা আক্তার', 'শিউলি রানী', 'মোছাঃ মরিয়ম বেগম', 'জান্নাতুল ফেরদৌস', 'লাইলী বেগম', 'মোছাঃ আঞ্জুমান আরা', 'পারুল আক্তার', 'কল্পনা রানী দাস', 'মোছাঃ হাসনা হেনা'];

/** Businesses are listed under their own names, not their owners'. */
export const businessNames: Record<string, string[]> = {
  hospital: ['শেরপুর জেনারেল হাসপাতাল', 'আল-শেফা ক্লিনিক ও ডায়াগনস্টিক', 'পপুলার ডায়াগনস্টিক সেন্টার', 'মা ও শিশু ক্লিনিক'],
  company: ['মেসার্স করিম অটো রাইস মিল', 'বগুড়া এগ্রো ফিড লিমিটেড', 'হাওর ফিশারিজ'],
  publisher: ['শাপলা প্রিন্টিং প্রেস', 'মুক্তি অফসেট প্রেস', 'বর্ণমালা প্রকাশনী'],
  'godown-rent': ['হক ট্রেডার্স গুদাম', 'মোল্লা স্টোরেজ'],
  'office-rent': ['রহমান টাওয়ার', 'সিটি প্লাজা'],
  'shop-rent': ['নিউ মার্কেট দোকান ভাড়া', 'হাজী সুপার মার্কেট'],
};

export interface ServiceTemplate {
  category: string;
  titleBn: string;
  services: [string, string][];
  bio: string;
}

/** What a provider of each trade typically offers, with the price notes they would write. */
export const serviceTemplates: ServiceTemplate[] = [
  { category: 'electrician', titleBn: 'ইলেকট্রিক কাজ', services: [['ফ্যান লাগানো', '৳২০০ থেকে'], ['বাসার ওয়্যারিং', 'পয়েন্ট প্রতি ৳১৫০'], ['আইপিএস লাগানো', '৳৫০০ থেকে']], bio: 'বাসা-বাড়ি, দোকান ও অফিসের সব ধরনের ইলেকট্রিক কাজ করি। ফোন দিলে দ্রুত চলে আসি।' },
  { category: 'plumber', titleBn: 'প্লাম্বিং', services: [['ট্যাপ ও পাইপ মেরামত', '৳২০০ থেকে'], ['টয়লেট ফিটিংস', '৳৮০০ থেকে'], ['পানির মোটর লাগানো', '৳৫০০ থেকে']], bio: 'পানির লাইন, মোটর, ট্যাংক ও স্যানিটারি ফিটিংসের কাজ যত্ন করে করি।' },
  { category: 'carpenter', titleBn: 'কাঠের কাজ', services: [['খাট-আলমারি তৈরি', 'মাপ দেখে দাম'], ['দরজা-জানালা মেরামত', '৳৩০০ থেকে'], ['পুরাতন ফার্নিচার রং', '৳৫০০ থেকে']], bio: 'সেগুন, মেহগনি ও কড়ই কাঠের ফার্নিচার অর্ডারে বানাই। ১৫ বছরের অভিজ্ঞতা।' },
  { category: 'mason', titleBn: 'রাজমিস্ত্রির কাজ', services: [['ইটের গাঁথুনি', 'রোজ ৳৮০০'], ['প্লাস্টার', 'বর্গফুট হিসাবে'], ['টাইলস বসানো', 'বর্গফুট ৳৩০']], bio: 'বাড়ি, বাউন্ডারি দেয়াল ও টাইলসের কাজ দলসহ করি।' },
  { category: 'painter', titleBn: 'রঙের কাজ', services: [['ঘরের দেয়াল রং', 'বর্গফুট ৳৮ থেকে'], ['গ্রিল রং', '৳৫০০ থেকে']], bio: 'প্লাস্টিক পেইন্ট, ডিসটেম্পার ও এনামেল রঙের কাজ করি।' },
  { category: 'mechanic', titleBn: 'মোটরসাইকেল ও গাড়ি মেরামত', services: [['মোটরসাইকেল সার্ভিসিং', '৳৩০০ থেকে'], ['ইজিবাইক মেরামত', '৳২০০ থেকে']], bio: 'মোটরসাইকেল, ইজিবাইক ও সিএনজির সব ধরনের কাজ হয়।' },
  { category: 'mobile-repair', titleBn: 'মোবাইল সার্ভিসিং', services: [['ডিসপ্লে বদল', 'মডেল দেখে দাম'], ['চার্জিং সমস্যা', '৳১৫০ থেকে'], ['টিভি-ফ্রিজ মেরামত', '৳৩০০ থেকে']], bio: 'সব ব্র্যান্ডের মোবাইল, টিভি ও ফ্রিজ মেরামত করা হয়। আসল পার্টস।' },
  { category: 'computer-it', titleBn: 'কম্পিউটার সার্ভিস', services: [['উইন্ডোজ সেটআপ', '৳৩০০'], ['অনলাইন আবেদন', '৳৫০ থেকে']], bio: 'কম্পিউটার মেরামত, অনলাইনে আবেদন, প্রিন্ট ও ফটোকপি।' },
  { category: 'barber', titleBn: 'সেলুন', services: [['চুল কাটা', '৳৮০'], ['শেভ', '৳৪০']], bio: 'পরিষ্কার-পরিচ্ছন্ন সেলুন। বাসায় গিয়েও চুল কাটি।' },
  { category: 'parlour', titleBn: 'বিউটি পার্লার', services: [['বিয়ের সাজ', '৳৩,০০০ থেকে'], ['মেহেদি', '৳৫০০ থেকে'], ['ফেসিয়াল', '৳৬০০']], bio: 'শুধু মহিলাদের জন্য। বিয়ে ও অনুষ্ঠানের সাজ বাসায় গিয়েও করি।' },
  { category: 'tailor', titleBn: 'টেইলার্স', services: [['থ্রি-পিস সেলাই', '৳৩৫০'], ['ব্লাউজ', '৳২৫০'], ['পাঞ্জাবি', '৳৪০০']], bio: 'মেয়েদের ও ছেলেদের সব পোশাক মাপমতো সেলাই করি। ঈদের অর্ডার আগে দিন।' },
  { category: 'cobbler', titleBn: 'জুতা মেরামত', services: [['জুতা সেলাই', '৳৫০ থেকে'], ['কালি করা', '৳৩০']], bio: 'হাটের পাশে বসি, জুতা-স্যান্ডেল-ব্যাগ মেরামত করি।' },
  { category: 'butcher', titleBn: 'কসাই', services: [['কোরবানির গরু কাটা', 'গরু প্রতি ৳৩,০০০ থেকে'], ['অনুষ্ঠানের মাংস', 'অর্ডারে']], bio: 'কোরবানি ও অনুষ্ঠানে গরু-ছাগল জবাই ও কাটা। আগে বুকিং দিন।' },
  { category: 'cleaner', titleBn: 'পরিষ্কারের কাজ', services: [['বাসা পরিষ্কার', '৳১,০০০ থেকে'], ['ট্যাংক পরিষ্কার', '৳৮০০']], bio: 'বাসা, অফিস ও পানির ট্যাংক পরিষ্কার করি।' },
  { category: 'housemaid', titleBn: 'গৃহকর্মী', services: [['রান্না ও ঘরের কাজ', 'মাসিক ৳৪,০০০ থেকে']], bio: 'সকাল-বিকাল ঠিকা কাজ করি। রান্না ও ঘর মোছা।' },
  { category: 'day-labourer', titleBn: 'দিনমজুর', services: [['মাটি কাটা', 'রোজ ৳৫০০'], ['মালামাল ওঠানো-নামানো', 'চুক্তিতে']], bio: 'ধান কাটা, মাটি কাটা ও মালামাল টানার কাজ করি।' },
  { category: 'driver', titleBn: 'ড্রাইভার', services: [['প্রাইভেট কার চালানো', 'দিন ৳১,০০০'], ['দূরের যাত্রা', 'চুক্তিতে']], bio: 'লাইসেন্সধারী চালক, ১০ বছরের অভিজ্ঞতা।' },
  { category: 'rickshaw-auto', titleBn: 'ইজিবাইক', services: [['রিজার্ভ ভাড়া', 'ঘণ্টা ৳৩০০'], ['স্কুলে আনা-নেওয়া', 'মাসিক চুক্তি']], bio: 'শেরপুর বাসস্ট্যান্ড থেকে যেকোনো জায়গায় যাই।' },
  { category: 'home-cook', titleBn: 'বাবুর্চি', services: [['বিয়ের রান্না', '১০০ জন ৳৫,০০০ থেকে'], ['আকিকা-মিলাদের রান্না', 'চুক্তিতে']], bio: 'বিয়ে, আকিকা ও মিলাদে বিরিয়ানি, রোস্ট, রেজালা রান্না করি।' },
  { category: 'tutor', titleBn: 'গৃহশিক্ষক', services: [['৬ষ্ঠ–১০ম শ্রেণি গণিত ও বিজ্ঞান', 'মাসিক ৳২,০০০'], ['এইচএসসি ইংরেজি', 'মাসিক ৳২,৫০০']], bio: 'সরকারি কলেজে অনার্স পড়ি। বাসায় গিয়ে পড়াই।' },
  { category: 'photographer', titleBn: 'ফটোগ্রাফি', services: [['বিয়ের ছবি ও ভিডিও', '৳৮,০০০ থেকে'], ['পাসপোর্ট ছবি', '৳১০০']], bio: 'বিয়ে, জন্মদিন ও অনুষ্ঠানের ছবি ও ভিডিও করি।' },
  { category: 'illustrator', titleBn: 'গ্রাফিক ডিজাইন', services: [['ব্যানার-পোস্টার ডিজাইন', '৳৩০০ থেকে'], ['ছবি এডিট', '৳৫০ থেকে']], bio: 'দোকানের সাইনবোর্ড, ব্যানার, বিয়ের কার্ড ডিজাইন করি।' },
  { category: 'engineer', titleBn: 'সিভিল ইঞ্জিনিয়ার', services: [['বাড়ির নকশা', 'বর্গফুট ৳১০ থেকে'], ['সাইট দেখা', '৳১,০০০']], bio: 'বাড়ির নকশা, এস্টিমেট ও তদারকি করি।' },
  { category: 'lawyer', titleBn: 'আইনজীবী', services: [['জমিজমা মামলা', 'পরামর্শ ৳৫০০'], ['দলিল ও নোটারি', 'চুক্তিতে']], bio: 'জজ কোর্টের আইনজীবী। জমিজমা ও পারিবারিক মামলা দেখি।' },
  { category: 'doctor', titleBn: 'চিকিৎসক', services: [['মেডিসিন ও শিশু রোগ', 'ভিজিট ৳৫০০']], bio: 'এমবিবিএস (রাজশাহী)। প্রতিদিন বিকেল ৪টা থেকে রোগী দেখি।' },
  { category: 'pharmacy', titleBn: 'ফার্মেসি', services: [['সব ধরনের ওষুধ', ''], ['প্রেশার ও ডায়াবেটিস মাপা', '৳৩০']], bio: 'রাত ১১টা পর্যন্ত খোলা। জরুরি ওষুধ বাসায় পৌঁছে দিই।' },
  { category: 'ambulance', titleBn: 'অ্যাম্বুলেন্স সেবা', services: [['এসি অ্যাম্বুলেন্স', 'বগুড়া শহর ৳১,৫০০'], ['ঢাকা যাত্রা', '৳৮,০০০ থেকে']], bio: '২৪ ঘণ্টা অ্যাম্বুলেন্স সেবা। অক্সিজেন সুবিধা আছে।' },
  { category: 'decorator', titleBn: 'ডেকোরেটর', services: [['বিয়ের প্যান্ডেল', '৳১০,০০০ থেকে'], ['চেয়ার-টেবিল ভাড়া', 'প্রতিটি ৳২০']], bio: 'বিয়ে, মাহফিল ও সভার প্যান্ডেল, লাইট ও সাউন্ড।' },
  { category: 'courier', titleBn: 'ডেলিভারি', services: [['শহরের মধ্যে পার্সেল', '৳৫০ থেকে']], bio: 'শেরপুর ও বগুড়া শহরে একই দিনে পার্সেল পৌঁছে দিই।' },
  { category: 'farmer', titleBn: 'কৃষক', services: [['দেশি সবজি', 'মৌসুম অনুযায়ী'], ['জৈব সার', 'বস্তা ৳৪০০']], bio: 'নিজের জমির বিষমুক্ত সবজি ও ধান বিক্রি করি।' },
  { category: 'hospital', titleBn: 'ক্লিনিক', services: [['২৪ ঘণ্টা জরুরি বিভাগ', ''], ['ডায়াগনস্টিক পরীক্ষা', 'তালিকা অনুযায়ী']], bio: 'বিশেষজ্ঞ ডাক্তারের চেম্বার, প্যাথলজি ও এক্স-রে সুবিধা।' },
  { category: 'house-rent', titleBn: 'বাসা ভাড়া', services: [['২ রুমের ফ্ল্যাট', 'মাসিক ৳৬,০০০'], ['ব্যাচেলর রুম', 'মাসিক ৳২,৫০০']], bio: 'বাজারের কাছে পরিবারের জন্য বাসা ভাড়া দেওয়া হবে। গ্যাস ও পানির সুবিধা আছে।' },
  { category: 'office-rent', titleBn: 'অফিস ভাড়া', services: [['৬০০ বর্গফুট অফিস', 'মাসিক ৳১০,০০০']], bio: 'মেইন রোডের পাশে দোতলায় অফিস স্পেস।' },
  { category: 'shop-rent', titleBn: 'দোকান ভাড়া', services: [['বাজারে দোকান', 'মাসিক ৳৪,০০০, অগ্রিম ৳৫০,০০০']], bio: 'হাটের পাশে নতুন মার্কেটে দোকান ভাড়া।' },
  { category: 'godown-rent', titleBn: 'গুদাম ভাড়া', services: [['২০০০ বর্গফুট গুদাম', 'মাসিক ৳১৫,০০০']], bio: 'ধান-চাল ও সার রাখার শুকনো গুদাম, ট্রাক ঢোকার রাস্তা আছে।' },
  { category: 'vehicle-rent', titleBn: 'গাড়ি ভাড়া', services: [['মাইক্রোবাস (বিয়ে/ভ্রমণ)', 'দিন ৳৪,৫০০'], ['পিকআপ', 'ট্রিপ ৳১,৫০০ থেকে']], bio: 'এসি মাইক্রোবাস ও পিকআপ ভাড়া দেওয়া হয়, অভিজ্ঞ চালকসহ।' },
  { category: 'artist', titleBn: 'শিল্পী', services: [['অনুষ্ঠানে গান', 'চুক্তিতে'], ['দেয়ালচিত্র', 'বর্গফুট হিসাবে']], bio: 'লোকগীতি ও ভাওয়াইয়া গাই, অনুষ্ঠানে দল নিয়ে যাই।' },
  { category: 'player-coach', titleBn: 'ক্রীড়া প্রশিক্ষক', services: [['ক্রিকেট কোচিং', 'মাসিক ৳১,০০০'], ['ফুটবল প্রশিক্ষণ', 'মাসিক ৳৮০০']], bio: 'জেলা দলের সাবেক খেলোয়াড়। ছোটদের বিকেলে অনুশীলন করাই।' },
  { category: 'writer', titleBn: 'লেখক', services: [['দরখাস্ত ও চিঠি লেখা', '৳১০০ থেকে'], ['অনুষ্ঠানের উপস্থাপনা', 'চুক্তিতে']], bio: 'কবিতা ও গল্প লিখি, স্থানীয় পত্রিকায় নিয়মিত লেখা ছাপা হয়।' },
  { category: 'publisher', titleBn: 'ছাপাখানা', services: [['বিয়ের কার্ড', '১০০টি ৳১,৫০০ থেকে'], ['ব্যানার প্রিন্ট', 'বর্গফুট ৳২০']], bio: 'অফসেট ও ডিজিটাল প্রিন্ট, বই বাঁধাই।' },
  { category: 'journalist', titleBn: 'সাংবাদিক', services: [['স্থানীয় সংবাদ', '']], bio: 'উপজেলা প্রতিনিধি, দৈনিক পত্রিকা। এলাকার খবর জানাতে যোগাযোগ করুন।' },
  { category: 'important-person', titleBn: 'বিশিষ্ট ব্যক্তি', services: [['সামাজিক সালিশ ও পরামর্শ', '']], bio: 'অবসরপ্রাপ্ত প্রধান শিক্ষক, সমাজসেবায় যুক্ত।' },
  { category: 'company', titleBn: 'প্রতিষ্ঠান', services: [['চালকল', 'চুক্তিতে ধান ভাঙানো'], ['পাইকারি সরবরাহ', '']], bio: 'অটো রাইস মিল, ৩০ জন কর্মী। চাল পাইকারি বিক্রি হয়।' },
];

export interface ShopTemplate {
  slug: string;
  nameBn: string;
  nameEn: string;
  story: string;
  area: string;
  theme: string;
  products: { nameBn: string; nameEn: string; category: string; taka: number; unit: string; description: string; leadHours?: number; capacity?: number; stock?: number; options?: [string, string, number, number][] }[];
}

export const shopTemplates: ShopTemplate[] = [
  {
    slug: 'pitha', nameBn: 'মায়ের হাতের পিঠা', nameEn: "Mother's Pitha", area: 'mirzapur-sherpur-bogura', theme: '#b45309',
    story: 'শীতের সকালে মায়ের হাতের পিঠার স্বাদ মনে পড়ে? আমি রাশিদা, শেরপুরের মির্জাপুরে নিজের রান্নাঘরে খেজুরের গুড় আর নতুন চালের গুঁড়ায় পিঠা বানাই। অর্ডার দিন আগের দিন।',
    products: [
      { nameBn: 'ভাপা পিঠা', nameEn: 'Bhapa pitha', category: 'pitha', taka: 15, unit: 'PIECE', description: 'নতুন চালের গুঁড়া, খেজুরের গুড় আর নারকেল দিয়ে ভাপে তৈরি।\nকমপক্ষে ১০টি অর্ডার করুন।', leadHours: 24, capacity: 150 },
      { nameBn: 'চিতই পিঠা (সরিষা ভর্তাসহ)', nameEn: 'Chitoi pitha with mustard bhorta', category: 'pitha', taka: 10, unit: 'PIECE', description: 'মাটির খোলায় সেঁকা চিতই, সাথে সরিষা ও শুঁটকি ভর্তা।', leadHours: 24, capacity: 200 },
      { nameBn: 'দুধ চিতই', nameEn: 'Dudh chitoi', category: 'pitha', taka: 250, unit: 'DOZEN', description: 'খেজুরের রস ও দুধে ভেজানো নরম চিতই পিঠা।', leadHours: 36, capacity: 20 },
      { nameBn: 'পাটিসাপটা', nameEn: 'Patishapta', category: 'pitha', taka: 20, unit: 'PIECE', description: 'ক্ষীর ও নারকেলের পুর দেওয়া পাটিসাপটা।', leadHours: 24, capacity: 100 },
      { nameBn: 'নকশি পিঠা', nameEn: 'Nakshi pitha', category: 'pitha', taka: 400, unit: 'DOZEN', description: 'হাতে নকশা কাটা, ভাজা ও রসে ডোবানো। বিয়ে ও অনুষ্ঠানের জন্য।', leadHours: 72, capacity: 10 },
      { nameBn: 'পুলি পিঠা', nameEn: 'Puli pitha', category: 'pitha', taka: 15, unit: 'PIECE', description: 'নারকেল-গুড়ের পুর দেওয়া ভাজা পুলি।', leadHours: 24, capacity: 120 },
    ],
  },
  {
    slug: 'sherpur-cake', nameBn: 'শেরপুর কেক হাউস', nameEn: 'Sherpur Cake House', area: 'khanpur-sherpur-bogura', theme: '#be185d',
    story: 'জন্মদিন, বিয়েবার্ষিকী বা যেকোনো আনন্দের দিনে ঘরে বানানো কেক। ডিম, মাখন আর ভালোবাসা — কোনো প্রিজারভেটিভ নেই।',
    products: [
      { nameBn: 'চকলেট কেক', nameEn: 'Chocolate cake', category: 'cakes-bakery', taka: 700, unit: 'POUND', description: 'নরম চকলেট স্পঞ্জ, চকলেট গানাশ দিয়ে ঢাকা।\nকেকের উপর নাম লিখে দেওয়া হয়।', leadHours: 48, capacity: 6, options: [['ওজন', '১ পাউন্ড', 0, 1], ['ওজন', '২ পাউন্ড', 650, 2], ['ওজন', '৩ পাউন্ড', 1300, 3]] },
      { nameBn: 'ভ্যানিলা বাটারক্রিম কেক', nameEn: 'Vanilla buttercream cake', category: 'cakes-bakery', taka: 600, unit: 'POUND', description: 'হালকা ভ্যানিলা কেক, ফুলের নকশা করা বাটারক্রিম।', leadHours: 48, capacity: 6, options: [['ওজন', '১ পাউন্ড', 0, 1], ['ওজন', '২ পাউন্ড', 550, 2]] },
      { nameBn: 'রেড ভেলভেট কেক', nameEn: 'Red velvet cake', category: 'cakes-bakery', taka: 900, unit: 'POUND', description: 'ক্রিম চিজ ফ্রস্টিংসহ রেড ভেলভেট।', leadHours: 48, capacity: 4 },
      { nameBn: 'কাপকেক (৬টি)', nameEn: 'Cupcakes (6)', category: 'cakes-bakery', taka: 360, unit: 'BOX', description: 'ছয়টি মিশ্র স্বাদের কাপকেক, উপহারের বাক্সে।', leadHours: 24, capacity: 10 },
      { nameBn: 'ঘরে তৈরি বিস্কুট', nameEn: 'Home-made biscuits', category: 'cakes-bakery', taka: 250, unit: 'PACKET', description: 'ঘি দিয়ে তৈরি নোনতা-মিষ্টি বিস্কুট, ৫০০ গ্রাম।', stock: 25 },
    ],
  },
  {
    slug: 'nakshi-kantha', nameBn: 'নকশিকাঁথা ঘর', nameEn: 'Nakshi Kantha Ghor', area: 'kusumbi-sherpur-bogura', theme: '#7c3aed',
    story: 'কুসুম্বী গ্রামের বারোজন মা-বোন মিলে হাতে সেলাই করা নকশিকাঁথা। প্রতিটি কাঁথায় তিন থেকে ছয় সপ্তাহের শ্রম।',
    products: [
      { nameBn: 'নকশিকাঁথা (ডাবল)', nameEn: 'Nakshi kantha (double)', category: 'handicrafts', taka: 4500, unit: 'PIECE', description: 'সুতি কাপড়ে হাতে সেলাই, ৭ × ৬ ফুট।', stock: 4 },
      { nameBn: 'নকশিকাঁথা (সিঙ্গেল)', nameEn: 'Nakshi kantha (single)', category: 'handicrafts', taka: 2800, unit: 'PIECE', description: 'শিশুদের জন্য নরম সুতি কাঁথা, ৫ × ৪ ফুট।', stock: 6 },
      { nameBn: 'নকশি কুশন কভার (২টি)', nameEn: 'Nakshi cushion covers (2)', category: 'handicrafts', taka: 650, unit: 'PACKET', description: 'হাতের কাজের দুটি কুশন কভার।', stock: 15 },
      { nameBn: 'নকশি ওয়াল ম্যাট', nameEn: 'Nakshi wall mat', category: 'handicrafts', taka: 900, unit: 'PIECE', description: 'দেয়ালে টাঙানোর নকশি কাজ, গ্রামের দৃশ্য।', stock: 8 },
      { nameBn: 'অর্ডারে নকশিকাঁথা', nameEn: 'Made-to-order kantha', category: 'handicrafts', taka: 6000, unit: 'PIECE', description: 'আপনার পছন্দের নকশা ও রঙে। সময় লাগে প্রায় এক মাস।', leadHours: 720, capacity: 1 },
    ],
  },
  {
    slug: 'bogurar-doi', nameBn: 'বগুড়ার দই ঘর', nameEn: 'Bogurar Doi Ghor', area: 'sughat-sherpur-bogura', theme: '#0f766e',
    story: 'বগুড়ার বিখ্যাত সরার দই, নিজের খামারের গরুর দুধে। মাটির সরায় জমানো, অনুষ্ঠানের অর্ডার নিই।',
    products: [
      { nameBn: 'সরার মিষ্টি দই', nameEn: 'Sweet curd in clay pot', category: 'dairy-sweets', taka: 280, unit: 'PIECE', description: 'বড় সরা, প্রায় ১ কেজি।', leadHours: 24, capacity: 60 },
      { nameBn: 'টক দই', nameEn: 'Sour curd', category: 'dairy-sweets', taka: 180, unit: 'KG', description: 'চিনি ছাড়া টক দই, বোরহানি ও রান্নার জন্য।', leadHours: 24, capacity: 30 },
      { nameBn: 'খাঁটি গাওয়া ঘি', nameEn: 'Pure cow ghee', category: 'dairy-sweets', taka: 1400, unit: 'KG', description: 'নিজের খামারের দুধের ঘি, কাচের বোতলে।', stock: 12 },
      { nameBn: 'রসমালাই', nameEn: 'Rasmalai', category: 'dairy-sweets', taka: 450, unit: 'KG', description: 'ঘন দুধের রসমালাই।', leadHours: 24, capacity: 20 },
      { nameBn: 'ক্ষীরসা', nameEn: 'Khirsa', category: 'dairy-sweets', taka: 600, unit: 'KG', description: 'জ্বাল দেওয়া দুধের ঘন ক্ষীরসা।', leadHours: 24, capacity: 10 },
    ],
  },
  {
    slug: 'achar-bari', nameBn: 'আচার বাড়ি', nameEn: 'Achar Bari', area: 'garidaha-sherpur-bogura', theme: '#a16207',
    story: 'নানির রেসিপিতে সরিষার তেলে রোদে শুকানো আচার। কোনো রং বা রাসায়নিক নেই।',
    products: [
      { nameBn: 'আমের আচার', nameEn: 'Mango pickle', category: 'home-food', taka: 300, unit: 'PIECE', description: '৪০০ গ্রামের বোতল, টক-ঝাল-মিষ্টি।', stock: 30 },
      { nameBn: 'জলপাইয়ের আচার', nameEn: 'Olive pickle', category: 'home-food', taka: 280, unit: 'PIECE', description: '৪০০ গ্রামের বোতল।', stock: 25 },
      { nameBn: 'রসুনের আচার', nameEn: 'Garlic pickle', category: 'home-food', taka: 350, unit: 'PIECE', description: '৪০০ গ্রামের বোতল, ঝাল।', stock: 20 },
      { nameBn: 'চালতার আচার', nameEn: 'Elephant apple pickle', category: 'home-food', taka: 260, unit: 'PIECE', description: '৪০০ গ্রামের বোতল।', stock: 15 },
      { nameBn: 'বাসার খিচুড়ি ও মাংস (অর্ডারে)', nameEn: 'Khichuri with beef (to order)', category: 'home-food', taka: 220, unit: 'PLATE', description: 'ভুনা খিচুড়ি, গরুর মাংস, ডিম। কমপক্ষে ১০ প্লেট।', leadHours: 24, capacity: 80 },
    ],
  },
  {
    slug: 'kishoreganj-pitha', nameBn: 'কিশোরগঞ্জ পিঠাঘর', nameEn: 'Kishoreganj Pithaghar', area: 'katiadi', theme: '#c2410c',
    story: 'হাওরের দেশের পিঠা — চুই পিঠা, তেলের পিঠা আর মালপোয়া। কটিয়াদী থেকে পাঠাই।',
    products: [
      { nameBn: 'তেলের পিঠা', nameEn: 'Teler pitha', category: 'pitha', taka: 12, unit: 'PIECE', description: 'গুড় দিয়ে তৈরি, সরিষার তেলে ভাজা।', leadHours: 24, capacity: 150 },
      { nameBn: 'মালপোয়া', nameEn: 'Malpua', category: 'pitha', taka: 15, unit: 'PIECE', description: 'খেজুরের গুড়ের নরম মালপোয়া।', leadHours: 24, capacity: 100 },
      { nameBn: 'চুই পিঠা (দুধে)', nameEn: 'Chui pitha in milk', category: 'pitha', taka: 300, unit: 'KG', description: 'হাতে কাটা চুই, ঘন দুধ ও গুড়ে।', leadHours: 48, capacity: 15 },
      { nameBn: 'ঝাল পিঠা', nameEn: 'Jhal pitha', category: 'pitha', taka: 10, unit: 'PIECE', description: 'কাঁচা মরিচ আর পেঁয়াজের ঝাল পিঠা।', leadHours: 24, capacity: 150 },
      { nameBn: 'নারকেল নাড়ু (২০টি)', nameEn: 'Coconut naru (20)', category: 'pitha', taka: 200, unit: 'BOX', description: 'গুড়-নারকেলের নাড়ু।', stock: 20 },
    ],
  },
  {
    slug: 'tant-bari', nameBn: 'তাঁতবাড়ি', nameEn: 'Tant Bari', area: 'bajitpur', theme: '#1d4ed8',
    story: 'বাজিতপুরের তাঁতিদের হাতে বোনা শাড়ি ও গামছা, সরাসরি তাঁত থেকে।',
    products: [
      { nameBn: 'সুতি তাঁতের শাড়ি', nameEn: 'Cotton handloom saree', category: 'clothing', taka: 1200, unit: 'PIECE', description: 'নরম সুতি, প্রতিদিন পরার জন্য।', stock: 18 },
      { nameBn: 'হাফ সিল্ক শাড়ি', nameEn: 'Half-silk saree', category: 'clothing', taka: 2400, unit: 'PIECE', description: 'অনুষ্ঠানের জন্য হাফ সিল্ক, জরির পাড়।', stock: 7 },
      { nameBn: 'তাঁতের গামছা (২টি)', nameEn: 'Handloom gamcha (2)', category: 'clothing', taka: 350, unit: 'PACKET', description: 'মোটা সুতার চেক গামছা।', stock: 40 },
      { nameBn: 'ছেলেদের লুঙ্গি', nameEn: "Men's lungi", category: 'clothing', taka: 550, unit: 'PIECE', description: 'হাতে বোনা চেক লুঙ্গি।', stock: 25 },
    ],
  },
  {
    slug: 'khati-modhu', nameBn: 'খাঁটি মধু ও কৃষিপণ্য', nameEn: 'Khati Modhu & Farm', area: 'bhabanipur-sherpur-bogura', theme: '#15803d',
    story: 'সরিষা ফুলের মধু, নিজের জমির চাল আর দেশি মুরগির ডিম। শেরপুরের ভবানীপুর থেকে।',
    products: [
      { nameBn: 'সরিষা ফুলের মধু', nameEn: 'Mustard flower honey', category: 'farm-produce', taka: 650, unit: 'KG', description: 'চাক থেকে সংগ্রহ করা কাঁচা মধু।', stock: 30 },
      { nameBn: 'কালিজিরা চাল', nameEn: 'Kalijira rice', category: 'farm-produce', taka: 160, unit: 'KG', description: 'পোলাও ও পায়েসের সুগন্ধি চাল।', stock: 200 },
      { nameBn: 'দেশি মুরগির ডিম', nameEn: 'Free-range eggs', category: 'livestock', taka: 220, unit: 'DOZEN', description: 'খামারের দেশি মুরগির ডিম।', stock: 50 },
      { nameBn: 'দেশি মুরগি', nameEn: 'Desi chicken', category: 'livestock', taka: 550, unit: 'PIECE', description: 'প্রায় ১ কেজি ওজনের জ্যান্ত দেশি মুরগি।', stock: 20 },
      { nameBn: 'খেজুরের গুড় (পাটালি)', nameEn: 'Date palm jaggery', category: 'farm-produce', taka: 350, unit: 'KG', description: 'শীতের নতুন পাটালি গুড়।', stock: 40 },
    ],
  },
];

export const localEmergency = [
  { key: 'bogura-sherpur-police', kind: 'POLICE', nameBn: 'শেরপুর থানা', nameEn: 'Sherpur police station', phone: '01320-123456', area: 'sherpur-bogura' },
  { key: 'bogura-sherpur-fire', kind: 'FIRE', nameBn: 'শেরপুর ফায়ার স্টেশন', nameEn: 'Sherpur fire station', phone: '01730-002211', area: 'sherpur-bogura' },
  { key: 'bogura-sherpur-uhc', kind: 'HOSPITAL', nameBn: 'শেরপুর উপজেলা স্বাস্থ্য কমপ্লেক্স', nameEn: 'Sherpur Upazila Health Complex', phone: '01730-324500', area: 'sherpur-bogura' },
  { key: 'bogura-shzmch', kind: 'HOSPITAL', nameBn: 'শহীদ জিয়াউর রহমান মেডিকেল কলেজ হাসপাতাল', nameEn: 'Shaheed Ziaur Rahman Medical College Hospital', phone: '051-66078', area: 'bogura' },
  { key: 'bogura-mohammad-ali', kind: 'HOSPITAL', nameBn: 'মোহাম্মদ আলী হাসপাতাল, বগুড়া', nameEn: 'Mohammad Ali Hospital, Bogura', phone: '051-69918', area: 'bogura' },
  { key: 'kishoreganj-sadar-hospital', kind: 'HOSPITAL', nameBn: 'কিশোরগঞ্জ ২৫০ শয্যা জেনারেল হাসপাতাল', nameEn: 'Kishoreganj 250-bed General Hospital', phone: '0941-61550', area: 'kishoreganj' },
  { key: 'kishoreganj-police', kind: 'POLICE', nameBn: 'কিশোরগঞ্জ সদর থানা', nameEn: 'Kishoreganj Sadar police station', phone: '01320-100200', area: 'kishoreganj' },
  { key: 'kishoreganj-fire', kind: 'FIRE', nameBn: 'কিশোরগঞ্জ ফায়ার স্টেশন', nameEn: 'Kishoreganj fire station', phone: '01730-002233', area: 'kishoreganj' },
  { key: 'kishoreganj-katiadi-police', kind: 'POLICE', nameBn: 'কটিয়াদী থানা', nameEn: 'Katiadi police station', phone: '01320-100300', area: 'katiadi' },
  { key: 'kishoreganj-katiadi-uhc', kind: 'HOSPITAL', nameBn: 'কটিয়াদী উপজেলা স্বাস্থ্য কমপ্লেক্স', nameEn: 'Katiadi Upazila Health Complex', phone: '01730-324600', area: 'katiadi' },
] as const;

export const offices = [
  { nameBn: 'উপজেলা নির্বাহী অফিসারের কার্যালয়, শেরপুর', designation: 'উপজেলা নির্বাহী অফিসার', category: 'government-office', area: 'sherpur-bogura', phone: '+8801733300001' },
  { nameBn: 'উপজেলা ভূমি অফিস, শেরপুর', designation: 'সহকারী কমিশনার (ভূমি)', category: 'government-office', area: 'sherpur-bogura', phone: '+8801733300002' },
  { nameBn: 'উপজেলা কৃষি অফিস, শেরপুর', designation: 'উপজেলা কৃষি কর্মকর্তা', category: 'government-office', area: 'sherpur-bogura', phone: '+8801733300003' },
  { nameBn: 'মির্জাপুর ইউনিয়ন পরিষদ', designation: 'চেয়ারম্যান', category: 'public-representative', area: 'mirzapur-sherpur-bogura', phone: '+8801733300004' },
  { nameBn: 'খানপুর ইউনিয়ন পরিষদ', designation: 'চেয়ারম্যান', category: 'public-representative', area: 'khanpur-sherpur-bogura', phone: '+8801733300005' },
  { nameBn: 'উপজেলা নির্বাহী অফিসারের কার্যালয়, কটিয়াদী', designation: 'উপজেলা নির্বাহী অফিসার', category: 'government-office', area: 'katiadi', phone: '+8801733300006' },
] as const;

/**
 * Kishoreganj's own offices, added after everything drawn above (so that stays as it was): with the
 * gap fill's, the district has an office for every office category, like Bogura.
 */
export const kishoreganjOffices = [
  { nameBn: 'উপজেলা ভূমি অফিস, কটিয়াদী', designation: 'সহকারী কমিশনার (ভূমি)', category: 'government-office', area: 'katiadi', phone: '+8801733300007' },
  { nameBn: 'জেলা প্রশাসকের কার্যালয়, কিশোরগঞ্জ', designation: 'জেলা প্রশাসক', category: 'government-office', area: 'kishoreganj', phone: '+8801733300008' },
] as const;

/**
 * Trades added after the demo's first draw. The draw in demo.ts covers serviceTemplates only, so
 * adding a trade there would reshuffle every record after it; these are seeded by the gap fill
 * (fillDemoGaps), like every trade a district is left without.
 */
export const laterServiceTemplates: ServiceTemplate[] = [
  { category: 'cultural-worker', titleBn: 'সাংস্কৃতিক কর্মী', services: [['বাউল ও লোকগান', 'অনুষ্ঠান প্রতি চুক্তিতে'], ['নাটক ও যাত্রা', 'দলসহ চুক্তিতে'], ['আবৃত্তি ও উপস্থাপনা', '৳১,০০০ থেকে']], bio: 'উপজেলা শিল্পকলা একাডেমির সদস্য। বিয়ে, মেলা ও স্কুলের অনুষ্ঠানে গান, নাটক ও উপস্থাপনা করি।' },
];

/** The offices a district is left without get one of these, named after a union (or upazila) there. */
export const gapOffices: Record<string, { nameBn: (place: string) => string; designation: string }> = {
  'public-representative': { nameBn: (place) => `${place} ইউনিয়ন পরিষদ`, designation: 'চেয়ারম্যান' },
  'government-office': { nameBn: (place) => `উপজেলা নির্বাহী অফিসারের কার্যালয়, ${place}`, designation: 'উপজেলা নির্বাহী অফিসার' },
};

/**
 * Products for the catalogue categories a district's shops leave out, each with the shops it suits
 * (the first of them inside the district takes it).
 */
export const gapProducts: { shops: string[]; product: ShopTemplate['products'][number] }[] = [
  { shops: ['nakshi-kantha', 'tant-bari'], product: { nameBn: 'হাতে সেলাই করা থ্রি-পিস', nameEn: 'Hand-stitched three-piece', category: 'clothing', taka: 1800, unit: 'PIECE', description: 'সুতি থ্রি-পিস, ওড়নায় নকশি সেলাই।', stock: 6 } },
  { shops: ['tant-bari', 'nakshi-kantha'], product: { nameBn: 'নকশিকাঁথা (হাওরের নকশা)', nameEn: 'Nakshi kantha (haor motif)', category: 'handicrafts', taka: 3200, unit: 'PIECE', description: 'হাওরের নৌকা আর মাছের নকশা, হাতে সেলাই, ৬ × ৫ ফুট।', stock: 3 } },
  { shops: ['kishoreganj-pitha', 'sherpur-cake'], product: { nameBn: 'ঘিয়ে ভাজা নোনতা বিস্কুট', nameEn: 'Ghee-fried salted biscuits', category: 'cakes-bakery', taka: 220, unit: 'PACKET', description: 'ঘরে তৈরি, ৫০০ গ্রামের প্যাকেট।', stock: 20 } },
  { shops: ['kishoreganj-pitha', 'achar-bari'], product: { nameBn: 'জলপাইয়ের টক-ঝাল আচার', nameEn: 'Sour-hot olive pickle', category: 'home-food', taka: 250, unit: 'PIECE', description: '৪০০ গ্রামের বোতল, সরিষার তেলে।', stock: 15 } },
  { shops: ['kishoreganj-pitha', 'bogurar-doi'], product: { nameBn: 'নারকেলের সন্দেশ', nameEn: 'Coconut sandesh', category: 'dairy-sweets', taka: 500, unit: 'KG', description: 'খেজুরের গুড় আর নারকেলের নরম সন্দেশ।', leadHours: 24, capacity: 10 } },
  { shops: ['kishoreganj-pitha', 'khati-modhu'], product: { nameBn: 'খেজুরের ঝোলা গুড়', nameEn: 'Liquid date-palm jaggery', category: 'farm-produce', taka: 350, unit: 'KG', description: 'শীতের ভোরে জ্বাল দেওয়া খাঁটি ঝোলা গুড়, কাচের বোতলে।', stock: 20 } },
  { shops: ['kishoreganj-pitha', 'khati-modhu'], product: { nameBn: 'হাওরের হাঁসের ডিম', nameEn: 'Haor duck eggs', category: 'livestock', taka: 240, unit: 'DOZEN', description: 'হাওরে চরে খাওয়া দেশি হাঁসের ডিম।', stock: 30 } },
];
