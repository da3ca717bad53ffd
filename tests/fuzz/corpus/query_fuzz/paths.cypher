match (a)-[r:SAID|HAS_ROLE*1..3]-(b:organization), (c) where a.name <> 'x' or b.title is not null return a, r, b limit 10
