package org.councilassistant.webchat.council;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;

import org.councilassistant.core.council.Council;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /council/logo}: the council's logo when the setting names a file on the server rather than a web
 * address. An SVG may not run scripts or load anything, even when opened on its own.
 */
@RestController
class CouncilLogoController {

    static final String PATH = "/council/logo";
    /** The image types a logo may be, by file extension. */
    private static final Map<String, MediaType> TYPES = Map.of("png", MediaType.IMAGE_PNG, "svg",
            MediaType.parseMediaType("image/svg+xml"), "jpg", MediaType.IMAGE_JPEG, "jpeg", MediaType.IMAGE_JPEG,
            "gif", MediaType.IMAGE_GIF, "webp", MediaType.parseMediaType("image/webp"));

    private final String logo;

    CouncilLogoController(Council council) {
        this.logo = council.logo();
    }

    @GetMapping(PATH)
    ResponseEntity<Resource> logo() {
        if (logo == null || logo.isBlank() || CouncilView.isWebAddress(logo)) {
            return ResponseEntity.notFound().build();
        }
        Path file = Path.of(logo);
        return ResponseEntity.ok()
                .contentType(TYPES.getOrDefault(extension(file), MediaType.APPLICATION_OCTET_STREAM))
                .cacheControl(CacheControl.maxAge(Duration.ofHours(1)).cachePublic())
                .header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'")
                .body(new FileSystemResource(file));
    }

    private static String extension(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
