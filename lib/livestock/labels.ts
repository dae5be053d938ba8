// Message keys of stored livestock values (pure: pages, the share image and SMS use them).

/** The Livestock.breed_* key of a stored breed (every key of BREEDS has its label in messages). */
export const breedKey = (breed: string) => `breed_${breed}` as 'breed_DESHI';
