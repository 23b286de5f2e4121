/** Common Finnish given names and surnames, combined at random: no demo person is a real one. */
export const GIVEN_NAMES = [
  'Aino', 'Eino', 'Helmi', 'Väinö', 'Sofia', 'Leo', 'Olivia', 'Elias', 'Aada', 'Oliver', 'Lilja', 'Onni',
  'Venla', 'Eetu', 'Ella', 'Niilo', 'Emma', 'Toivo', 'Isla', 'Veeti', 'Kerttu', 'Lenni', 'Siiri', 'Luka',
  'Minea', 'Otso', 'Pihla', 'Hugo', 'Saana', 'Akseli', 'Enni', 'Joel', 'Iida', 'Aatu', 'Linnea', 'Rasmus',
] as const;

export const ADULT_NAMES = [
  'Anna', 'Mikko', 'Laura', 'Jussi', 'Johanna', 'Timo', 'Satu', 'Janne', 'Heidi', 'Petri', 'Riikka', 'Antti',
  'Minna', 'Sami', 'Katja', 'Tuomas', 'Hanna', 'Ville', 'Elina', 'Marko', 'Tiina', 'Juha', 'Noora', 'Kalle',
] as const;

export const SURNAMES = [
  'Korhonen', 'Virtanen', 'Mäkinen', 'Nieminen', 'Mäkelä', 'Hämäläinen', 'Laine', 'Heikkinen', 'Koskinen',
  'Järvinen', 'Lehtonen', 'Lehtinen', 'Saarinen', 'Salminen', 'Heinonen', 'Niemi', 'Heikkilä', 'Kinnunen',
  'Salonen', 'Turunen', 'Salo', 'Laitinen', 'Tuominen', 'Rantanen', 'Karjalainen', 'Jokinen', 'Mattila',
  'Savolainen', 'Lahtinen', 'Ahonen', 'Kallio', 'Leppänen', 'Hiltunen', 'Miettinen', 'Väisänen', 'Pitkänen',
] as const;

export const STREETS = [
  'Koivukuja', 'Pihlajatie', 'Rantakatu', 'Kirkkokatu', 'Myllytie', 'Satamakatu', 'Kuusitie', 'Haapapolku',
  'Puistokatu', 'Niittykuja', 'Harjutie', 'Lähdekatu',
] as const;
