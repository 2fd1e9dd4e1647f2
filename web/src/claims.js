// Claims: colour the relation-type badges.
import { colourBadges, pageData, predicateColours } from "./_common.js";

colourBadges(predicateColours());
