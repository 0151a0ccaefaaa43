package org.councilassistant.core.service.bins;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.councilassistant.intents.entities.BinType;
import org.councilassistant.intents.entities.Postcode;
import org.councilassistant.intents.entities.PostcodeExtractor;

/**
 * The {@link BinCollections} adapter over the council's own bin API: addresses by postcode, an address by UPRN and
 * its collections between two dates, as docs/bin-data.md describes. The council's system applies its own bank
 * holiday changes; a collection whose {@code usualDate} differs from its {@code date} is told as moved.
 */
final class HttpBinCollections implements BinCollections {

    /** How far to look for each bin's next or last collection: a four-weekly service plus a bank holiday week. */
    static final int WINDOW_WEEKS = 6;
    static final Pattern UPRN = Pattern.compile("[0-9]{1,12}");
    private static final Comparator<Collection> BY_DATE_THEN_BIN =
            Comparator.comparing(Collection::date).thenComparing(Collection::binType);

    record AddressAnswer(String uprn, String address, String postcode, List<BinType> bins) {
    }

    record AddressList(List<AddressAnswer> addresses) {
    }

    record CollectionAnswer(BinType bin, LocalDate date, LocalDate usualDate) {
    }

    record CollectionList(List<CollectionAnswer> collections) {
    }

    private final CouncilBinApi api;
    private final PostcodeExtractor postcodes = new PostcodeExtractor();

    HttpBinCollections(CouncilBinApi api) {
        this.api = api;
    }

    @Override
    public List<Address> addressesAt(Postcode postcode) {
        String call = "address lookup by postcode";
        String query = URLEncoder.encode(postcode.toString(), StandardCharsets.UTF_8).replace("+", "%20");
        Optional<AddressList> answer = api.get(call, "/addresses?postcode=" + query, AddressList.class);
        if (answer.isEmpty()) {
            return List.of();
        }
        if (answer.get().addresses() == null) {
            throw api.unusable(call, "answered without an \"addresses\" list");
        }
        return answer.get().addresses().stream().map(found -> address(call, found)).sorted().toList();
    }

    @Override
    public Optional<Address> address(String uprn) {
        return answerFor(uprn).map(answer -> address("address lookup by UPRN", answer));
    }

    @Override
    public List<BinType> binsAt(String uprn) {
        return answerFor(uprn).map(answer -> {
            if (answer.bins() == null) {
                throw api.unusable("address lookup by UPRN", "answered without a \"bins\" list");
            }
            return answer.bins().stream().distinct().sorted().toList();
        }).orElse(List.of());
    }

    @Override
    public List<Collection> nextCollections(String uprn, LocalDate from) {
        Map<BinType, Collection> first = new EnumMap<>(BinType.class);
        for (Collection collection : collections(uprn, from, from.plusWeeks(WINDOW_WEEKS))) {
            if (!collection.date().isBefore(from)) {
                first.merge(collection.binType(), collection, (a, b) -> a.date().isAfter(b.date()) ? b : a);
            }
        }
        return first.values().stream().sorted(BY_DATE_THEN_BIN).toList();
    }

    @Override
    public Optional<Collection> lastCollection(String uprn, BinType bin, LocalDate onOrBefore) {
        return collections(uprn, onOrBefore.minusWeeks(WINDOW_WEEKS), onOrBefore).stream()
                .filter(c -> c.binType() == bin && !c.date().isAfter(onOrBefore))
                .max(Comparator.comparing(Collection::date));
    }

    private Optional<AddressAnswer> answerFor(String uprn) {
        if (uprn == null || !UPRN.matcher(uprn).matches()) {
            return Optional.empty();
        }
        return api.get("address lookup by UPRN", "/addresses/" + uprn, AddressAnswer.class);
    }

    private List<Collection> collections(String uprn, LocalDate from, LocalDate to) {
        if (uprn == null || !UPRN.matcher(uprn).matches()) {
            return List.of();
        }
        String call = "collections lookup";
        Optional<CollectionList> answer = api.get(call,
                "/addresses/" + uprn + "/collections?from=" + from + "&to=" + to, CollectionList.class);
        if (answer.isPresent() && answer.get().collections() == null) {
            throw api.unusable(call, "answered without a \"collections\" list");
        }
        return answer.map(CollectionList::collections).orElse(List.of()).stream().map(c -> {
            if (c == null || c.bin() == null || c.date() == null) {
                throw api.unusable(call, "answered with a collection without a bin or a date");
            }
            return new Collection(c.bin(), c.date(), c.usualDate() == null ? c.date() : c.usualDate());
        }).toList();
    }

    private Address address(String call, AddressAnswer answer) {
        if (answer == null || answer.uprn() == null || !UPRN.matcher(answer.uprn()).matches()) {
            throw api.unusable(call, "answered with an address without a UPRN of up to 12 digits");
        }
        if (answer.address() == null || answer.address().isBlank()) {
            throw api.unusable(call, "answered with an address without its address line");
        }
        Postcode postcode = postcodes.parse(answer.postcode())
                .orElseThrow(() -> api.unusable(call, "answered with an address without a valid postcode"));
        boolean garden = answer.bins() != null && answer.bins().contains(BinType.GARDEN);
        return Address.of(answer.uprn(), answer.address().strip(), postcode, garden);
    }
}
