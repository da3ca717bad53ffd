// Names the gazetteers do not know that the article itself shows to be a
// person's surname, and acronyms the dictionary lists that name bodies.
#include <catch2/catch.hpp>

#include "tests/extract/test_util.h"

using namespace kg::extract;
using namespace kg::extract::testing;

TEST_CASE("A surname the article uses as a person's stands alone", "[mentions][surnames]") {
  // "Korvan said" once and "Korvan's wife": two person's uses; every
  // other lone "Korvan" then joins.
  ArticleResult r =
      Run("Vote\n\nKorvan said on Monday that the plan works. Korvan's wife joined him in Ohio. In "
          "March Korvan won the state, and the crowd cheered Korvan.\n");
  const Entity* k = FindEntity(r, "Korvan");
  REQUIRE(k != nullptr);
  CHECK(k->type == EntityType::kPerson);
  CHECK(k->mentions.size() >= 4);

  // ", who" and a coordination with a Census surname are person's uses too.
  ArticleResult s =
      Run("Race\n\nThe debate pitted Rubek and Clinton against each other. Rubek, who leads in "
          "the polls, left early. Voters liked Rubek.\n");
  const Entity* rubek = FindEntity(s, "Rubek");
  REQUIRE(rubek != nullptr);
  CHECK(rubek->type == EntityType::kPerson);

  // "Ombaru's campaign" and "Ombaru ... . He ...": an officeholder's noun
  // and a "he" opening the next sentence.
  ArticleResult t =
      Run("Term\n\nOmbaru won on policy but lost on politics. He never recovered. Later "
          "Ombaru's campaign ended, and voters forgot Ombaru.\n");
  const Entity* o = FindEntity(t, "Ombaru");
  REQUIRE(o != nullptr);
  CHECK(o->type == EntityType::kPerson);
}

TEST_CASE("An object of a verb only people take is a person's use", "[mentions][surnames]") {
  // "endorsed Ombaru," and "impeaching Ombaru for": two uses, with no
  // speech verb anywhere; also "Ombaru's removal" and "Ombaru tweeted".
  ArticleResult r =
      Run("Papers\n\nThe paper instead endorsed Ombaru, like two others. None made the case for "
          "impeaching Ombaru for his role.\n");
  const Entity* o = FindEntity(r, "Ombaru");
  REQUIRE(o != nullptr);
  CHECK(o->type == EntityType::kPerson);
  ArticleResult t =
      Run("Office\n\nEditors said Velmar's removal was needed. Later Velmar tweeted an answer.\n");
  const Entity* v = FindEntity(t, "Velmar");
  REQUIRE(v != nullptr);
  CHECK(v->type == EntityType::kPerson);
  // One such use is not enough, and a name before another word is none.
  ArticleResult s =
      Run("Vote\n\nThe board endorsed Zentrix Solar for the contract. Zentrix won the bid.\n");
  const Entity* z = FindEntity(s, "Zentrix");
  CHECK((z == nullptr || z->type != EntityType::kPerson));
}

TEST_CASE("An adverb or auxiliary before a verb only people do keeps the cue",
          "[mentions][surnames]") {
  // "Ombaru also endorsed" and "Ombaru's endorsement": two uses, as without
  // "also"; "has" as well.
  ArticleResult r =
      Run("Race\n\nOmbaru also endorsed Greta Valdane, the former coach, a week after the primary. "
          "Her allies say little moves voters more than Ombaru's endorsement.\n");
  const Entity* o = FindEntity(r, "Ombaru");
  REQUIRE(o != nullptr);
  CHECK(o->type == EntityType::kPerson);
  const Entity* g = FindEntity(r, "Greta Valdane");
  REQUIRE(g != nullptr);
  CHECK(HasRelation(r, "ENDORSES", o->id, g->id));
  ArticleResult h =
      Run("Race\n\nThe decision could fall to the judge Ombaru has nominated. Critics say Ombaru's "
          "tweets set the tone.\n");
  const Entity* oh = FindEntity(h, "Ombaru");
  REQUIRE(oh != nullptr);
  CHECK(oh->type == EntityType::kPerson);
  // A speech verb after an adverb is no person's cue: bodies speak too.
  ArticleResult s =
      Run("Trade\n\nZentrix also said on Monday that prices would rise. Analysts doubted Zentrix's "
          "forecast.\n");
  const Entity* z = FindEntity(s, "Zentrix");
  CHECK((z == nullptr || z->type != EntityType::kPerson));
}

TEST_CASE("A first word before a surname the article proves", "[mentions][surnames]") {
  // Not after a photo credit's bar, nor once at a sentence start.
  ArticleResult r =
      Run("Visit\n\nThe law passed. | Getty Korvan turns to tech. Korvan said on Monday that "
          "the plan works, and Korvan said more.\n");
  CHECK(FindEntity(r, "Getty Korvan") == nullptr);
  ArticleResult q =
      Run("Visit\n\nThe law passed.\n\nGetty Korvan slams the plan.\n\nKorvan said on Monday "
          "that the plan works, and Korvan said more.\n");
  CHECK(FindEntity(q, "Getty Korvan") == nullptr);
  const Entity* k = FindEntity(r, "Korvan");
  REQUIRE(k != nullptr);
  CHECK(k->type == EntityType::kPerson);
  // Inside a sentence, once is enough, before the surname stands alone;
  // after it, a full name is a relative's ("his daughter Ulwina Korvan").
  ArticleResult s =
      Run("Visit\n\nVoters backed Lavo Korvan in May. Korvan said on Monday that the plan "
          "works, and Korvan said more. His daughter Ulwina Korvan smiled.\n");
  CHECK(FindEntity(s, "Lavo Korvan") != nullptr);
  CHECK(FindEntity(s, "Ulwina Korvan") == nullptr);
}

TEST_CASE("A company, a place or a single use is no surname", "[mentions][surnames]") {
  // A word that says "it" is an organisation; two companies coordinated
  // give each other nothing.
  ArticleResult r =
      Run("Jobs\n\nZentrix said it would cut jobs. Zentrix said profits rose. Zentrix and Quorvan "
          "merged, and Quorvan's wife program ended.\n");
  const Entity* z = FindEntity(r, "Zentrix");
  CHECK((z == nullptr || z->type != EntityType::kPerson));
  const Entity* q = FindEntity(r, "Quorvan");
  CHECK((q == nullptr || q->type != EntityType::kPerson));
  // Adjectives coordinated before a noun are no people ("Yazidi and
  // Christian people"), nor places after "in".
  ArticleResult a =
      Run("Flight\n\nThousands of Yazidi and Christian people fled, and Yazidi and Christian "
          "families too. Protests in Charlotte and Tulsa grew, and Tulsa and Clinton ads ran.\n");
  CHECK(FindEntity(a, "Yazidi") == nullptr);
  CHECK(FindEntity(a, "Tulsa") == nullptr);
  // One use is not enough; a place never is.
  ArticleResult s =
      Run("Law\n\nVelmar said the law is good. Later Velmar won. Paris and Clinton were named, "
          "Paris and Rubio too, and Paris, who is a city, said nothing.\n");
  CHECK(FindEntity(s, "Velmar") == nullptr);
  CHECK(FindEntity(s, "Paris") == nullptr);
}

TEST_CASE("Acronyms the dictionary lists name bodies", "[mentions][acronyms]") {
  // ISIS is also the capitalised word Isis; NATO used once; the EU (also
  // the element Eu) after "the", ending its phrase.
  ArticleResult r =
      Run("War\n\nOfficials said ISIS claimed the attack. NATO allies met on Monday, and "
          "Britain voted to leave the EU.\n");
  for (const char* name : {"ISIS", "NATO", "EU"}) {
    INFO(name);
    const Entity* e = FindEntity(r, name);
    REQUIRE(e != nullptr);
    CHECK(e->type == EntityType::kOrganization);
  }
  // A shouted place or name stays none: IOWA and OBAMA are no acronyms;
  // nor a short acronym that is a state or an element before a noun.
  ArticleResult s =
      Run("Rally\n\nThe crowd chanted for IOWA on Monday, and the OBAMA signs came down. The "
          "KY primary and the CO caucus came next.\n");
  for (const char* name : {"IOWA", "OBAMA", "KY", "CO"}) {
    INFO(name);
    CHECK(FindEntity(s, name) == nullptr);
  }
}

TEST_CASE("A word no dictionary knows before a dictionary proper noun", "[mentions][surnames]") {
  // "Velko" is in no list, "Thoreau" is a capitalised dictionary entry
  // that is no place, first name or common word: a person.
  ArticleResult r = Run("Art\n\nA photo of Velko Thoreau hung in the hall for years.\n");
  const Entity* v = FindEntity(r, "Velko Thoreau");
  REQUIRE(v != nullptr);
  CHECK(v->type == EntityType::kPerson);
  // Not the tail of a longer run, a quoted phrase, a nationality, or a
  // first word with capitals inside.
  ArticleResult s =
      Run("Hate\n\nThey joined the Ku Klux Klan in May. The man kept shouting \"Velko Thoreau\" "
          "at them. It was not Velkoan Chinese steel. The ZMass Thoreau poll came out.\n");
  CHECK(FindEntity(s, "Klux Klan") == nullptr);
  CHECK(FindEntity(s, "Velko Thoreau") == nullptr);
  CHECK(FindEntity(s, "Velkoan Chinese") == nullptr);
  CHECK(FindEntity(s, "ZMass Thoreau") == nullptr);
}

TEST_CASE("A word before himself or herself is a person's", "[mentions][surnames]") {
  ArticleResult r =
      Run("Return\n\nTension exploded with the return of Dravic himself. Dravic said the time "
          "had come. Later the crowd cheered Dravic.\n");
  const Entity* d = FindEntity(r, "Dravic");
  REQUIRE(d != nullptr);
  CHECK(d->type == EntityType::kPerson);
  // One such use alone is not enough.
  ArticleResult s = Run("Return\n\nTension exploded with the return of Dravic himself.\n");
  const Entity* t = FindEntity(s, "Dravic");
  CHECK((t == nullptr || t->type != EntityType::kPerson));
}

TEST_CASE("A verb phrase reaching his after a lone word is a person's use",
          "[mentions][surnames]") {
  // "Vorlatch has often highlighted his record", "can Vorlatch overcome his
  // gaffe": two uses, so the word is a person.
  ArticleResult r =
      Run("Race\n\nVorlatch has often highlighted his record with the party. How can Vorlatch "
          "overcome his gaffe before the vote?\n");
  const Entity* v = FindEntity(r, "Vorlatch");
  REQUIRE(v != nullptr);
  CHECK(v->type == EntityType::kPerson);
  // Not after a preposition ("mocks Vorlatch against his plan") nor a noun.
  ArticleResult s =
      Run("Race\n\nThe mayor mocks Vorlatch against his plan. The mayor mocked Vorlatch "
          "against his will.\n");
  const Entity* t = FindEntity(s, "Vorlatch");
  CHECK((t == nullptr || t->type != EntityType::kPerson));
}

TEST_CASE("two dictionary proper nouns are a name its lone surname confirms",
          "[mentions][famous_names]") {
  const ArticleResult r =
      Run("Intro line here.\n\n"
          "The same day, Vladimir Putin delivered a speech in the capital. "
          "\"We will answer every provocation at once,\" Putin said.\n");
  const Entity* e = FindEntity(r, "Vladimir Putin");
  REQUIRE(e != nullptr);
  CHECK(e->type == EntityType::kPerson);
}

TEST_CASE("two dictionary proper nouns without a lone surname are no name",
          "[mentions][famous_names]") {
  const ArticleResult r =
      Run("Intro line here.\n\n"
          "Analysts at Goldman Sachs raised their forecast on Monday. Goldman expects growth.\n");
  const Entity* e = FindEntity(r, "Goldman Sachs");
  CHECK((e == nullptr || e->type != EntityType::kPerson));
}

TEST_CASE("Names of words no list knows", "[mentions][surnames]") {
  // A party noun labels only people: "Democrat Zuvadi Kalemno".
  ArticleResult r =
      Run("Poll\n\nThe poll released this week had Democrat Zuvadi Kalemno ahead by nine over "
          "Republican Jay Webber.\n");
  const Entity* z = FindEntity(r, "Zuvadi Kalemno");
  REQUIRE(z != nullptr);
  CHECK(z->type == EntityType::kPerson);

  // Two unknown words, the second standing alone elsewhere.
  ArticleResult s =
      Run("Strike\n\nOskuvar Belintani is dead. The head of the elite force, Belintani was the "
          "architect of the campaign. The killing of Belintani was welcomed.\n");
  const Entity* o = FindEntity(s, "Oskuvar Belintani");
  REQUIRE(o != nullptr);
  CHECK(o->type == EntityType::kPerson);
  CHECK(o->mentions.size() >= 3);

  // Not without the lone surname, nor when it only stands after "the",
  // nor when a noun only companies take follows it.
  CHECK(FindEntity(Run("Deal\n\nOskuvar Belintani opened in May to long lines.\n"),
                   "Oskuvar Belintani") == nullptr);
  CHECK(FindEntity(Run("Deal\n\nOskuvar Belintani opened in May. Crowds loved the Belintani "
                       "anyway.\n"),
                   "Oskuvar Belintani") == nullptr);
  CHECK(FindEntity(Run("Deal\n\nOskuvar Belintani opened in May. Belintani shares fell, and "
                       "Belintani closed.\n"),
                   "Oskuvar Belintani") == nullptr);
  // A party adjective before a body keeps it a body.
  ArticleResult t = Run("Group\n\nThe Republican Jewish Coalition met on Monday in the city.\n");
  CHECK(IsOrganization(t, "Republican Jewish Coalition"));
}

TEST_CASE("A lower-case particle inside a person's name", "[mentions][surnames]") {
  // A Census first name, a particle and a surname: one person, whose
  // surname later stands with its particle.
  ArticleResult r =
      Run("City\n\nNew York Mayor Bill de Vorasco spoke on Monday. Critics said de Vorasco was "
          "late.\n");
  const Entity* b = FindEntity(r, "Bill de Vorasco");
  REQUIRE(b != nullptr);
  CHECK(b->type == EntityType::kPerson);

  // A first word no list knows needs the particle and surname again.
  ArticleResult s =
      Run("Raid\n\nOsmuk bin Tavari was killed in the raid. Officials said bin Tavari had planned "
          "the attacks.\n");
  const Entity* o = FindEntity(s, "Osmuk bin Tavari");
  REQUIRE(o != nullptr);
  CHECK(o->type == EntityType::kPerson);
  CHECK(FindEntity(Run("Fete\n\nThousands came to the Zubara de Plenvo festival.\n"),
                   "Zubara de Plenvo") == nullptr);
  // Not a place after the particle.
  CHECK(FindEntity(Run("Trip\n\nWe flew with Bill de Texas yesterday.\n"), "Bill de Texas") ==
        nullptr);
}
