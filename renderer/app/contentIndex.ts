// The renderer's name for the corpus index, which the content service builds the same way.
export { buildContentIndex, type ContentIndex } from '../../shared/content/contentIndex';
