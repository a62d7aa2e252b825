// Compact first-name and last-name lists per naming tradition, so that synthetic
// members carry names that fit where they live. Every name is common and
// generic; combined at random they describe no real person.

/** Belgium is split by language region; Austria and Germany share given names. */
export type NameStyle = 'be-nl' | 'be-fr' | 'be-de' | 'fr' | 'de' | 'at' | 'es' | 'it' | 'se' | 'hu';

export interface NameList {
  given: readonly string[];
  family: readonly string[];
}

/** "Anna, Lena" → ["Anna", "Lena"]: keeps the lists compact and readable. */
function list(names: string): readonly string[] {
  return names.split(', ');
}

const germanGiven = list(
  'Anna, Lena, Marie, Sophie, Laura, Julia, Katharina, Hannah, Clara, Miriam, Jonas, Lukas, Felix, Maximilian, Paul, Tobias, Jan, Stefan, Matthias, Florian, Sebastian, Moritz',
);

export const NAMES: Record<NameStyle, NameList> = {
  'be-nl': {
    given: list(
      'Lotte, Emma, Marie, Lien, Elke, Sofie, Annelies, Hanne, Fien, Jolien, Lieve, Griet, Nele, Ine, Eline, Tine, Jan, Pieter, Wout, Bram, Jens, Stijn, Koen, Joris, Tom, Dries, Sander, Wim, Arne, Lander, Jef, Kobe',
    ),
    family: list(
      'Peeters, Janssens, Maes, Jacobs, Mertens, Willems, Claes, Goossens, Wouters, De Smet, Vermeulen, Van den Broeck, Hermans, Michiels, Verstraete, Van Damme, De Clercq, Claeys, Aerts, Desmet, Van de Velde, Verhoeven, De Backer, Vandenberghe, Lambrechts, Smets, Cools, Van Acker, De Wilde, Stevens, Segers, Coppens, Verbeke, Van Hoof, Martens, De Vos',
    ),
  },
  'be-fr': {
    given: list(
      'Anaïs, Camille, Chloé, Élodie, Julie, Manon, Aurélie, Pauline, Charlotte, Sarah, Amélie, Justine, Céline, Héloïse, Lucie, Maëlle, Nicolas, Julien, Maxime, Thomas, Antoine, Quentin, Sébastien, Olivier, François, Benoît, Grégoire, Cédric, Arnaud, Jérôme, Damien, Simon',
    ),
    family: list(
      'Dubois, Lambert, Dupont, Martin, Leclercq, Simon, Laurent, Lejeune, Renard, Denis, Lefèvre, Collard, Gérard, François, Henry, Dumont, Michaux, Wauters, Mathieu, Lemaire, Delvaux, Charlier, Piron, Hubert, Masson, Noël, Leroy, Goffin, Thiry, Poncelet, Lecomte, Evrard, Delhaye, Mahieu, Wilmotte, Fontaine',
    ),
  },
  'be-de': {
    given: germanGiven,
    family: list(
      'Kessler, Schröder, Cremer, Heinen, Mertes, Jousten, Kohnen, Lentz, Radermacher, Piel, Gennen, Fickers',
    ),
  },
  fr: {
    given: list(
      'Léa, Manon, Camille, Inès, Chloé, Sarah, Clémence, Margaux, Mathilde, Juliette, Océane, Élise, Agathe, Zoé, Louise, Nadia, Hugo, Lucas, Théo, Louis, Arthur, Gabriel, Mathieu, Romain, Baptiste, Guillaume, Vincent, Adrien, Étienne, Karim, Yann, Rémi',
    ),
    family: list(
      'Martin, Bernard, Thomas, Petit, Robert, Richard, Durand, Moreau, Laurent, Girard, Roux, Fournier, Morel, Mercier, Blanc, Garnier, Chevalier, Faure, Rousseau, Bonnet, Gauthier, Perrin, Morin, Lemoine, Guérin, Boyer, Giraud, Caron, Brunet, Leroux, Benali, Le Gall, Marchand, Renaud, Barbier, Colin',
    ),
  },
  de: {
    given: germanGiven,
    family: list(
      'Müller, Schmidt, Schneider, Fischer, Weber, Meyer, Wagner, Becker, Schulz, Hoffmann, Koch, Richter, Klein, Wolf, Neumann, Schwarz, Braun, Zimmermann',
    ),
  },
  at: {
    given: germanGiven,
    family: list(
      'Gruber, Huber, Bauer, Wagner, Pichler, Steiner, Moser, Mayer, Hofer, Leitner, Berger, Fuchs, Eder, Fischer',
    ),
  },
  es: {
    given: list(
      'Lucía, María, Paula, Carmen, Laura, Marta, Elena, Nerea, Alba, Pablo, Javier, Daniel, Sergio, Álvaro, Diego, Jorge, Iñaki, Raúl',
    ),
    family: list(
      'García, Fernández, González, Rodríguez, López, Martínez, Sánchez, Pérez, Gómez, Ruiz, Díaz, Moreno, Álvarez, Romero, Navarro, Ortega',
    ),
  },
  it: {
    given: list(
      'Giulia, Chiara, Francesca, Sara, Martina, Elena, Valentina, Alessia, Marco, Luca, Matteo, Andrea, Davide, Lorenzo, Simone, Federico',
    ),
    family: list(
      'Rossi, Russo, Ferrari, Esposito, Bianchi, Romano, Colombo, Ricci, Marino, Greco, Bruno, Gallo, Conti, De Luca, Costa, Giordano',
    ),
  },
  se: {
    given: list(
      'Anna, Elsa, Maja, Ebba, Linnea, Åsa, Karin, Sofia, Erik, Lars, Björn, Oskar, Johan, Nils, Anders, Gustav',
    ),
    family: list(
      'Andersson, Johansson, Karlsson, Nilsson, Eriksson, Larsson, Olsson, Persson, Svensson, Lindberg, Lindqvist, Berg, Sjöberg, Holm',
    ),
  },
  hu: {
    given: list(
      'Zsófia, Anna, Eszter, Réka, Katalin, Dóra, Júlia, Boglárka, Gábor, László, Balázs, Péter, Dániel, Tamás, Bence, Ádám',
    ),
    family: list(
      'Nagy, Kovács, Tóth, Szabó, Horváth, Varga, Kiss, Molnár, Németh, Farkas, Balogh, Papp, Takács, Juhász',
    ),
  },
};

/** Naming traditions of members who moved to Brussels from elsewhere in Europe. */
export const INTERNATIONAL_STYLES: readonly NameStyle[] = ['fr', 'de', 'es', 'it', 'se', 'hu'];
