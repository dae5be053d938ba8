// Which shop is "hers": the seller's shop is always found from the signed-in account, never from
// an id a request sends. One account has one shop (the first she opened, should there be more).
export const herShop = (ownerId: string) => ({ where: { ownerId }, orderBy: { createdAt: 'asc' as const } });
