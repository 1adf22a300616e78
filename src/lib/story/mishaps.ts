/**
 * What happens that no one plans, as a noun: "the fire", "a derailment", "the blackout". A day told with one is a day
 * gone by, whatever the verbs around it.
 */
export const MISHAP =
  'fire|blaze|crash|collision|explosion|blast|accident|incident|attack|collapse|outage|blackout|leak|spill|derailment|shooting|stabbing|earthquake|quake|landslide|grounding|sinking|capsize|capsizing|breach|eruption|failure|fault|malfunction|breakdown|tragedy|disaster|stampede|crush(?!\\s+of\\b)';
