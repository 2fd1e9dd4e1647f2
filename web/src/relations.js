// Relations table: colour the relation badges (the table itself is rendered, sorted and paged by the server).
import { colourBadges, predicateColours } from "./_common.js";

colourBadges(predicateColours());
