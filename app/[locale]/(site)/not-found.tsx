// Unknown pages of the directory: the same not-found page, inside the directory's header and footer.
export { default } from '../not-found';
