import { describe, expect, it } from "vitest";
import { suggestCitationLabels } from "./suggest-citations";

describe("suggestCitationLabels", () => {
  const body = "Japan pledged a grant for the airport. The works will end in 2028. Teachers gain too.";
  const airport = body.indexOf("airport.") + "airport.".length;
  const works = body.indexOf("2028.") + "2028.".length;
  const markers = [
    { label: "1", offset: airport },
    { label: "2", offset: works },
  ];

  it("takes markers inside the selection", () => {
    expect(suggestCitationLabels(body, markers, 0, works)).toEqual(["1", "2"]);
  });
  it("takes a marker right after the selection, past punctuation", () => {
    expect(suggestCitationLabels(body, markers, 0, body.indexOf("airport") + "airport".length)).toEqual(["1"]);
  });
  it("ignores markers further away", () => {
    expect(suggestCitationLabels(body, markers, 0, body.indexOf("grant"))).toEqual([]);
    expect(suggestCitationLabels(body, markers, body.indexOf("Teachers"), body.length)).toEqual([]);
  });
});
