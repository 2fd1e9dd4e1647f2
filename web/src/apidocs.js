// The API's interactive documentation: Swagger UI (npm swagger-ui-dist, bundled here, no CDN) over /openapi.json.
import SwaggerUI from "swagger-ui-dist/swagger-ui-es-bundle.js";

SwaggerUI({ url: "/openapi.json", dom_id: "#swagger-ui", deepLinking: true, tryItOutEnabled: true,
  docExpansion: "list", defaultModelsExpandDepth: 0 });
