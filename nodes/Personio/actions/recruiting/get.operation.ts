import { get } from './objects';

export const { description, execute } = get;
