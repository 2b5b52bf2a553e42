import type { LinkRefusal } from './subscription';

export const LINK_REFUSALS: Record<LinkRefusal, { status: number; title: string; message: string }> = {
  altere: {
    status: 400,
    title: 'Lien invalide',
    message: 'Ce lien est incomplet ou a été modifié. Copiez-le en entier depuis le courriel reçu, ou recommencez l’inscription.',
  },
  expire: {
    status: 410,
    title: 'Lien expiré',
    message: 'Ce lien de confirmation a expiré (il est valable 48 heures). Recommencez l’inscription pour en recevoir un nouveau.',
  },
  utilise: {
    status: 410,
    title: 'Lien déjà utilisé',
    message: 'Ce lien a déjà servi : une inscription se confirme une fois, et une adresse désinscrite est effacée. Rien d’autre n’est à faire.',
  },
};

export const isLinkRefusal = (value: string): value is LinkRefusal => Object.hasOwn(LINK_REFUSALS, value);

export const LINK_REFUSAL_PATH = '/lettre-d-information/lien-invalide';
