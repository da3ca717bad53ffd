MATCH (p:person {name: 'Ann Whitfield'})-[:ENDORSES]->(o) WHERE o.name CONTAINS 'Union' AND NOT p.name STARTS WITH 'B' RETURN DISTINCT p.name, count(o) ORDER BY p.name DESC SKIP 1 LIMIT 5
