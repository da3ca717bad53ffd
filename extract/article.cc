#include "extract/article.h"

namespace kg::extract {

const char* EntityTypeName(EntityType type) {
  switch (type) {
    case EntityType::kPerson:
      return "person";
    case EntityType::kOrganization:
      return "organization";
  }
  return "unknown";
}

}  // namespace kg::extract
