package org.councilassistant.core.service.bins;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.councilassistant.intents.entities.BinType;
import org.councilassistant.intents.entities.Postcode;

/**
 * The port through which the assistant finds addresses and their bin collection days.
 *
 * <p>{@link FileBinCollections} serves CSV data files (the sample council's, or a council's own directory) and
 * {@code HttpBinCollections} a council's API, as {@code assistant.bins.source} chooses; a council may declare its own
 * bean of this type instead (see docs/bin-data.md). Unknown UPRNs give empty results rather than exceptions,
 * because a remembered UPRN may have gone from the council's records. When the council's system does not answer,
 * methods throw {@link BinServiceUnavailableException}, and the resident is told to try later.
 */
public interface BinCollections {

    /** The addresses with this postcode, in natural order (see {@link Address#compareTo}); empty if none. */
    List<Address> addressesAt(Postcode postcode);

    Optional<Address> address(String uprn);

    /** The bins collected from the address, in {@link BinType} order; GARDEN only for garden waste subscribers. */
    List<BinType> binsAt(String uprn);

    /**
     * The next collection of each bin served at the address on or after {@code from}, after any bank holiday
     * change, sorted by date and then in {@link BinType} order.
     */
    List<Collection> nextCollections(String uprn, LocalDate from);

    /** The most recent collection of the bin, after any bank holiday change, on or before the given date. */
    Optional<Collection> lastCollection(String uprn, BinType bin, LocalDate onOrBefore);
}
