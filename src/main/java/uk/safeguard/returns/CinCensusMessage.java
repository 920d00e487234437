package uk.safeguard.returns;

import java.util.List;

/** A whole CIN census return: the header and every child, in LAchildID order. */
public record CinCensusMessage(CinCensusHeader header, List<CinCensusChild> children) {
    public CinCensusMessage {
        children = List.copyOf(children);
    }
}
