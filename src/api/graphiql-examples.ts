// The operations GraphiQL opens on: each works against the seeded graph.

export const GRAPHIQL_EXAMPLES = `# Diplomatic-event knowledge graph. Run an operation with the play button.

# Every attack, with each claim about it: who said it, their stance, and the sentence it came from.
query AttackWithClaims {
  events(filter: { types: [ATTACK] }) {
    totalCount
    nodes {
      label
      date
      location { name }
      killed
      contested
      claims {
        kind
        stance
        text
        speaker { name }
        provenance { sentence article { title } }
      }
    }
  }
}

# Meetings and what each side said about the other.
query UsRussia {
  bilateral(a: "country:USA", b: "country:RUS") {
    events { type date participants { entity { name } } }
    aSaidAboutB { speaker { name } text }
    bSaidAboutA { speaker { name } text }
  }
}

# Events some claims blame on someone and others deny.
query Contested {
  contestedEvents {
    event { label date }
    asserting { speaker { name } text }
    denying { speaker { name } text }
  }
}

query People {
  articles { title publishedAt }
  people { name aliases ... on Person { roles { title of { name } } } }
}
`;
