import { getAll } from './objects';

export const { description, execute } = getAll;
