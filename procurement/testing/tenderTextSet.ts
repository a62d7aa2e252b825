// A labelled set of calls for tenders as members paste them (French, Dutch,
// English), written for this project after real calls of cities, museums,
// festivals and social housing bodies. Each lists the skills of the taxonomy
// (domain/reference/skills.json) a person reading it would ask the network for:
// the trades the buyer pays for, not every word that happens to be a skill
// ("médiation autour des techniques" is cultural mediation, not conflict
// mediation; "tournage" of a film is camera work, not wheel throwing).
// Used to measure skill extraction (precision and recall) in a test and in
// `npm run bench`.

export interface LabelledTenderText {
  id: string;
  /**
   * `tuning`: texts whose misses shaped procurement/text/tenderSkillTerms.ts; `held-out`:
   * written after that, never tuned on (their score says how well the terms generalise).
   */
  part: 'tuning' | 'held-out';
  language: 'fr' | 'nl' | 'en';
  text: string;
  /** Skill ids a reader would require, most specific first-hand. */
  skills: string[];
}

export const TENDER_TEXT_SET: readonly LabelledTenderText[] = [
  {
    id: 'fr-lille-exposition-photo',
    part: 'tuning',
    language: 'fr',
    text: `Ville de Lille — Direction de la Culture
Marché de prestations : conception et réalisation d'une exposition photographique « Lille, visages du quartier de Fives ».

Le marché comprend :
- la scénographie de l'exposition (plan, parcours, mobilier d'exposition) ;
- la retouche et le tirage des 60 photographies retenues ;
- la conception graphique des cartels, de l'affiche et du livret ;
- l'éclairage des salles ;
- le tournage d'un court film présenté en fin de parcours ;
- des actions de médiation autour des techniques photographiques pour les scolaires.

Date limite de remise des offres : 15 mars 2027 à 12h00.`,
    skills: [
      'exhibition-design',
      'photography',
      'photo-editing',
      'graphic-design',
      'stage-lighting',
      'furniture-design',
      'camera-operation',
      'cultural-mediation',
    ],
  },
  {
    id: 'fr-roubaix-ceramique',
    part: 'tuning',
    language: 'fr',
    text: `La Piscine, musée d'art et d'industrie de Roubaix, recherche un ou une céramiste pour animer des ateliers de modelage et de tournage sur tour de potier auprès des familles, de février à juin. Cuisson raku en fin de cycle. Expérience de l'éducation artistique souhaitée.`,
    skills: ['ceramics', 'wheel-throwing', 'kiln-firing', 'art-education'],
  },
  {
    id: 'fr-tiers-lieu-amenagement',
    part: 'tuning',
    language: 'fr',
    text: `Aménagement intérieur d'un tiers-lieu à Arras : conception de l'agencement des espaces de coworking, fabrication de mobilier sur mesure en bois (menuiserie), peinture en bâtiment et reprise de l'électricité. Une attention particulière à l'éco-construction est demandée.`,
    skills: [
      'interior-design',
      'space-planning',
      'cabinetmaking',
      'joinery',
      'painting-decorating',
      'electrical-installation',
      'eco-construction',
    ],
  },
  {
    id: 'fr-festival-technique',
    part: 'tuning',
    language: 'fr',
    text: `Festival des Arts de la rue de Valenciennes : prestations techniques. Sonorisation des trois scènes, éclairage de scène, régie générale, montage et démontage des structures, accroche des ponts lumière (rigging). Catering des équipes bienvenu.`,
    skills: ['live-sound', 'stage-lighting', 'stage-management', 'event-logistics', 'rigging', 'catering'],
  },
  {
    id: 'fr-video-institutionnelle',
    part: 'tuning',
    language: 'fr',
    text: `La Métropole européenne de Lille commande une vidéo institutionnelle de 3 minutes présentant ses tiers-lieux : écriture du scénario, tournage sur 4 jours, prise de son, montage vidéo, étalonnage et sous-titrage en anglais et néerlandais.`,
    skills: [
      'corporate-video',
      'screenwriting',
      'camera-operation',
      'sound-recording',
      'film-editing',
      'color-grading',
      'subtitling',
    ],
  },
  {
    id: 'fr-identite-visuelle',
    part: 'tuning',
    language: 'fr',
    text: `Refonte de l'identité visuelle de la Maison des associations de Tourcoing : nouveau logo, charte graphique, mise en page du rapport annuel et création d'un site WordPress. Rédaction web des pages principales.`,
    skills: ['visual-identity', 'editorial-design', 'wordpress', 'copywriting'],
  },
  {
    id: 'fr-formation-numerique',
    part: 'tuning',
    language: 'fr',
    text: `Le Département du Nord recherche des formateurs pour des ateliers d'inclusion numérique destinés aux seniors (médiation numérique), ainsi qu'un ingénieur pédagogique pour concevoir les supports. Les sessions auront lieu dans les médiathèques du département.`,
    skills: ['digital-mediation', 'training-design', 'training-education'],
  },
  {
    id: 'fr-spectacle-jeune-public',
    part: 'tuning',
    language: 'fr',
    text: `Création d'un spectacle jeune public pour le réseau des bibliothèques d'Amiens : mise en scène, deux comédiens, marionnettes, création sonore et création de costumes. Représentations d'avril à juin.`,
    skills: ['stage-directing', 'acting', 'puppetry', 'sound-design', 'costume-design'],
  },
  {
    id: 'fr-traduction-interpretation',
    part: 'tuning',
    language: 'fr',
    text: `Services de traduction (français, néerlandais, anglais) des supports de communication du Parlement de la Fédération Wallonie-Bruxelles et interprétation simultanée lors de deux colloques. Une interprète en langue des signes est demandée pour la séance plénière.`,
    skills: ['translation', 'interpreting', 'sign-language'],
  },
  {
    id: 'fr-fresque-murale',
    part: 'tuning',
    language: 'fr',
    text: `Appel à projets art urbain : réalisation d'une fresque murale de 120 m² sur le pignon d'un immeuble de Lens, avec ateliers participatifs pour les habitants du quartier. Les candidats joindront un dossier de références.`,
    skills: ['street-art', 'workshop-facilitation'],
  },
  {
    id: 'fr-podcast-patrimoine',
    part: 'tuning',
    language: 'fr',
    text: `Production d'une série de six podcasts sur le patrimoine minier : recherche documentaire, écriture, enregistrement en extérieur, mixage et mise en ligne. Le prestataire proposera une création radiophonique de qualité.`,
    skills: ['podcast-production', 'research', 'sound-recording', 'mixing-mastering'],
  },
  {
    id: 'fr-restauration-mobilier',
    part: 'tuning',
    language: 'fr',
    text: `Restauration de meubles anciens de la mairie de Béthune (bureaux, bancs, armoires) et réfection de la tapisserie d'ameublement de douze fauteuils. Visite obligatoire des lieux avant le 10/02/2027.`,
    skills: ['furniture-restoration', 'upholstery'],
  },
  {
    id: 'fr-photo-evenement',
    part: 'tuning',
    language: 'fr',
    text: `Couverture photographique de la Fête de la Musique et du festival d'été : reportage photo, portraits des artistes, retouche et livraison sous 48 h. Prise de vue par drone souhaitée pour les vues d'ensemble.`,
    skills: ['photojournalism', 'portrait-photography', 'photo-editing', 'drone-photography'],
  },
  {
    id: 'fr-accompagnement-cooperatif',
    part: 'tuning',
    language: 'fr',
    text: `Accompagnement d'un collectif d'habitants vers une gouvernance partagée, animation de trois séminaires en intelligence collective et médiation de conflits entre associations membres. Comptabilité de l'association à reprendre en fin de mission.`,
    skills: ['cooperative-facilitation', 'workshop-facilitation', 'mediation-conflict', 'accounting'],
  },
  {
    id: 'nl-gent-tentoonstelling',
    part: 'tuning',
    language: 'nl',
    text: `Stad Gent — Cultuurdienst
Opdracht voor het ontwerp en de opbouw van een tentoonstelling over textielerfgoed: tentoonstellingsontwerp, grafisch ontwerp van de zaalteksten, lichtontwerp en productfotografie van de collectiestukken voor de catalogus.

Offertes indienen uiterlijk op 15 maart 2027 om 14:00.`,
    skills: ['exhibition-design', 'graphic-design', 'stage-lighting', 'product-photography'],
  },
  {
    id: 'nl-antwerpen-muziekfestival',
    part: 'tuning',
    language: 'nl',
    text: `Voor het zomerfestival in Antwerpen zoeken we geluidstechnici voor de podia, een lichttechnicus, een stagemanager en een ploeg voor opbouw en afbouw (evenementenlogistiek). Daarnaast een fotograaf voor de persfoto's.`,
    skills: ['sound-engineering', 'stage-lighting', 'stage-management', 'event-logistics', 'photography'],
  },
  {
    id: 'nl-brussel-renovatie',
    part: 'tuning',
    language: 'nl',
    text: `Renovatie van een gemeenschapscentrum in Brussel: schrijnwerk van de binnendeuren, metselwerk van de tuinmuur, elektrische installatie en sanitair en verwarming. Energierenovatie met isolatie van het dak.`,
    skills: ['joinery', 'masonry', 'electrical-installation', 'plumbing-heating', 'energy-renovation'],
  },
  {
    id: 'nl-leuven-video',
    part: 'tuning',
    language: 'nl',
    text: `KU Leuven zoekt een videograaf voor een reeks promotievideo's: camerawerk, videomontage en motion graphics voor de titels. Ondertiteling in het Engels is inbegrepen.`,
    skills: ['corporate-video', 'camera-operation', 'film-editing', 'motion-design', 'subtitling'],
  },
  {
    id: 'nl-workshops-kunsteducatie',
    part: 'tuning',
    language: 'nl',
    text: `De academie in Kortrijk organiseert creatieve workshops keramiek en zeefdruk voor jongeren. We zoeken een keramist en een zeefdrukker die ook kunsteducatie geven.`,
    skills: ['ceramics', 'screen-printing', 'art-education'],
  },
  {
    id: 'nl-vertaling-website',
    part: 'tuning',
    language: 'nl',
    text: `Vertaling van de website van het museum (Nederlands naar Frans en Engels), eindredactie van de teksten en webontwikkeling van de nieuwe meertalige versie.`,
    skills: ['translation', 'editing-proofreading', 'web-development'],
  },
  {
    id: 'nl-theater-decor',
    part: 'tuning',
    language: 'nl',
    text: `Gezelschap uit Mechelen zoekt een decorontwerper en decorbouwer voor een nieuwe theatervoorstelling, een kostuumontwerper en een theaterregisseur voor de regie.`,
    skills: ['set-design', 'costume-design', 'stage-directing'],
  },
  {
    id: 'nl-sociaal-project',
    part: 'tuning',
    language: 'nl',
    text: `Wijkproject in Charleroi-Noord: sociaal-culturele animatie voor jongeren (jeugdwerker), cultuurbemiddeling rond het erfgoed van de wijk en een bemiddelaar voor conflicthantering tussen buren.`,
    skills: ['community-animation', 'cultural-mediation', 'mediation-conflict'],
  },
  {
    id: 'nl-huisstijl-communicatie',
    part: 'tuning',
    language: 'nl',
    text: `Nieuwe huisstijl voor een coöperatie in Hasselt: logo, huisstijl, socialemediabeheer gedurende zes maanden en een copywriter voor de nieuwsbrief.`,
    skills: ['visual-identity', 'social-media', 'copywriting'],
  },
  {
    id: 'en-manchester-exhibition',
    part: 'tuning',
    language: 'en',
    text: `Manchester City Council invites tenders for the design of a touring exhibition on industrial heritage: exhibition design, graphic design of panels, lighting design, and a photographer to document the installation. Submission deadline: 12 April 2027, 12:00.`,
    skills: ['exhibition-design', 'graphic-design', 'stage-lighting', 'photography'],
  },
  {
    id: 'en-documentary',
    part: 'tuning',
    language: 'en',
    text: `Production of a 26-minute documentary on community energy cooperatives: documentary filmmaking, camera operation, location sound, video editing and colour grading. An original soundtrack by a composer is welcome.`,
    skills: [
      'documentary',
      'camera-operation',
      'sound-recording',
      'film-editing',
      'color-grading',
      'film-scoring',
    ],
  },
  {
    id: 'en-website-ux',
    part: 'tuning',
    language: 'en',
    text: `The arts council is looking for a web developer to rebuild its grants portal, a UX designer to run user research with applicants, and a copywriter for plain-language guidance. Accessibility (WCAG 2.1 AA) is required.`,
    skills: ['web-development', 'ux-ui-design', 'copywriting'],
  },
  {
    id: 'en-training',
    part: 'tuning',
    language: 'en',
    text: `Delivery of adult training in digital skills for job seekers: a corporate trainer for eight sessions, instructional design of the modules, and an e-learning version on the council's LMS.`,
    skills: ['adult-training', 'training-design', 'e-learning'],
  },
  {
    id: 'en-festival-catering',
    part: 'tuning',
    language: 'en',
    text: `Summer festival in Ghent seeks event catering for 400 volunteers, bar service with baristas, and a host to present the main stage programme.`,
    skills: ['catering', 'bar-service', 'hosting-presenting'],
  },
  {
    id: 'en-furniture',
    part: 'tuning',
    language: 'en',
    text: `Design and manufacture of library furniture: a furniture designer to draw shelving and reading tables, a cabinetmaker to build them in solid oak, and an upholsterer for the reading chairs.`,
    skills: ['furniture-design', 'cabinetmaking', 'upholstery'],
  },
  {
    id: 'en-sound-installation',
    part: 'tuning',
    language: 'en',
    text: `Commission for an interactive sound installation in the botanical garden: sound design, electronics prototyping with Arduino sensors, and a landscape architect to integrate the listening points.`,
    skills: ['sound-design', 'electronics-prototyping', 'landscape-design'],
  },
  {
    id: 'en-fundraising-strategy',
    part: 'tuning',
    language: 'en',
    text: `A cooperative of artists seeks support with fundraising (grant writing for European programmes), a business plan for its new venue, and legal advice on copyright for shared works.`,
    skills: ['fundraising', 'business-consulting', 'legal-advice'],
  },
  {
    id: 'en-mural-youth',
    part: 'tuning',
    language: 'en',
    text: `Youth centre mural project: a muralist to lead painting sessions with teenagers, and a youth worker to support the group throughout the summer. Photography of the process for the annual report.`,
    skills: ['street-art', 'community-animation', 'photography'],
  },
  {
    id: 'fr-held-mediatheque-bd',
    part: 'held-out',
    language: 'fr',
    text: `Médiathèque de Douai : résidence d'un auteur de bande dessinée pendant trois mois, avec des ateliers d'illustration pour les collégiens et une exposition des planches en fin de résidence. Une attention à l'accessibilité est attendue.`,
    skills: ['comics', 'drawing-illustration', 'art-education'],
  },
  {
    id: 'fr-held-jardin-partage',
    part: 'held-out',
    language: 'fr',
    text: `Création d'un jardin partagé au pied d'une résidence de Lens : conception paysagère par un paysagiste, construction de bacs en bois par un menuisier, et animation d'ateliers de permaculture avec les habitants pendant une saison.`,
    skills: ['landscape-design', 'joinery', 'market-gardening', 'workshop-facilitation'],
  },
  {
    id: 'fr-held-communication-festival',
    part: 'held-out',
    language: 'fr',
    text: `Plan de communication d'un festival de cirque à Tournai : relations presse, gestion des réseaux sociaux, création de l'affiche par un graphiste et captation vidéo des spectacles. Les offres sont à déposer avant le 28 février 2027.`,
    skills: ['public-relations', 'social-media', 'graphic-design', 'corporate-video'],
  },
  {
    id: 'nl-held-brugge-erfgoed',
    part: 'held-out',
    language: 'nl',
    text: `Stad Brugge zoekt een restaurateur voor de restauratie van geschilderde panelen, een fotograaf voor de documentatie vóór en na de behandeling, en een tekstschrijver voor de publiekspanelen.`,
    skills: ['art-restoration', 'photography', 'copywriting'],
  },
  {
    id: 'nl-held-dans-voorstelling',
    part: 'held-out',
    language: 'nl',
    text: `Nieuwe dansvoorstelling voor kinderen in Leuven: een choreograaf, drie dansers, een componist voor de muziek en een lichtontwerper. Repetities vanaf september.`,
    skills: ['choreography', 'dance', 'composition', 'stage-lighting'],
  },
  {
    id: 'en-held-museum-app',
    part: 'held-out',
    language: 'en',
    text: `The city museum seeks a mobile app developer for an audio guide app, a voice-over artist to record the tour in three languages, and a translator for the scripts.`,
    skills: ['mobile-development', 'voice-acting', 'translation'],
  },
  {
    id: 'en-held-coworking-refit',
    part: 'held-out',
    language: 'en',
    text: `Refit of a coworking space in Liège: an interior designer to plan the open space and meeting rooms, a carpenter for the timber frame mezzanine, an electrician and a house painter.`,
    skills: ['interior-design', 'carpentry', 'electrical-installation', 'painting-decorating'],
  },
  {
    id: 'en-held-training-facilitators',
    part: 'held-out',
    language: 'en',
    text: `A housing cooperative needs a facilitator for its general assemblies, a trainer in sociocracy for the board, and a bookkeeper two days a month.`,
    skills: ['workshop-facilitation', 'cooperative-facilitation', 'accounting'],
  },
];
