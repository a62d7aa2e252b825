// Assembles the GraphQL schema from the one builder and the type files.
import { lexicographicSortSchema } from 'graphql';
import { builder } from './builder.js';
import './scalars.js';
import './skill.js';
import './space.js';
import './community.js';
import './filiere.js';
import './project.js';
import './member.js';
import './account.js';
import './myProfile.js';
import './gdpr.js';
import './scopedRoles.js';
import './admin.js';
import './tender.js';
import './teamSuggestion.js';
import './bid.js';
import './notice.js';
import './subscriptions.js';
import './mentoring.js';
import './filiereManagement.js';
import './filiereGraph.js';
import './peers.js';
import './search.js';
import './alerts.js';

export const schema = lexicographicSortSchema(builder.toSchema());
