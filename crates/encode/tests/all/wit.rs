//! WIT packages to binaries and back, against wit-component, over test-wits.

use crate::support::{corpus, print, without_producers};

#[test]
fn ours_decoded_by_wit_component_prints_the_same() {
    for (entry, loaded) in corpus() {
        let expected = print(&loaded.resolve, loaded.package);
        let bytes = canon_encode::encode_package(&loaded.resolve, loaded.package)
            .unwrap_or_else(|e| panic!("{}: {e}", entry.name));
        let theirs = wit_component::encode(&loaded.resolve, loaded.package).unwrap();
        if wit_component::decode(&theirs).is_err() {
            // Not encodable (e.g. flags over 32): both must say so.
            assert!(wit_component::decode(&bytes).is_err(), "{}", entry.name);
            assert!(canon_encode::decode(&bytes).is_err(), "{}", entry.name);
            continue;
        }
        let decoded = wit_component::decode(&bytes)
            .unwrap_or_else(|e| panic!("{}: wit-component rejects ours: {e:?}", entry.name));
        let actual = print(decoded.resolve(), decoded.package());
        assert_eq!(actual, expected, "{}", entry.name);
    }
}

#[test]
fn theirs_decoded_by_us_prints_the_same() {
    for (entry, loaded) in corpus() {
        let expected = print(&loaded.resolve, loaded.package);
        let bytes = wit_component::encode(&loaded.resolve, loaded.package).unwrap();
        if let Err(error) = wit_component::decode(&bytes) {
            let ours = canon_encode::decode(&bytes).unwrap_err();
            assert_eq!(ours.to_string(), error.to_string(), "{}", entry.name);
            continue;
        }
        let decoded = canon_encode::decode(&bytes)
            .unwrap_or_else(|e| panic!("{}: we reject wit-component's: {e}", entry.name));
        let package = decoded.package().unwrap();
        assert_eq!(
            print(decoded.resolve(), package),
            expected,
            "{}",
            entry.name
        );
    }
}

#[test]
fn encode_decode_encode_is_stable() {
    for (entry, loaded) in corpus() {
        let first = canon_encode::encode_package(&loaded.resolve, loaded.package).unwrap();
        let Ok(decoded) = canon_encode::decode(&first) else {
            assert!(wit_component::decode(&first).is_err(), "{}", entry.name);
            continue;
        };
        let canon_encode::Decoded::Package { resolve, package } = decoded else {
            panic!("{}: decoded as a component", entry.name);
        };
        let second = canon_encode::encode_package(&resolve, package).unwrap();
        assert_eq!(first, second, "{}", entry.name);
    }
}

#[test]
fn byte_for_byte_equal_to_wit_component_but_for_producers() {
    for (entry, loaded) in corpus() {
        let ours = canon_encode::encode_package(&loaded.resolve, loaded.package).unwrap();
        let theirs = wit_component::encode(&loaded.resolve, loaded.package).unwrap();
        assert_eq!(
            without_producers(&ours),
            without_producers(&theirs),
            "{}",
            entry.name
        );
        assert_ne!(
            ours, theirs,
            "{}: the producers sections differ",
            entry.name
        );
    }
}

#[test]
fn decoding_garbage_is_an_error_with_an_offset() {
    let error = canon_encode::decode(b"\0asm\x0d\0\x01\0\x07\x05").unwrap_err();
    assert!(error.offset().is_some(), "{error}");
    let error = canon_encode::decode(b"\0asm\x01\0\0\0").unwrap_err();
    assert!(error.to_string().contains("core module"), "{error}");
}

#[test]
fn printed_wit_parses_back_to_the_same_binary() {
    for (entry, loaded) in corpus() {
        let Ok(expected) = canon_encode::encode_package(&loaded.resolve, loaded.package) else {
            continue;
        };
        let text = canon_encode::print_package(&loaded.resolve, loaded.package, true);
        let reparsed = canon_wit::Loader::new()
            .all_features(true)
            .load_source("printed.wit", &text)
            .unwrap_or_else(|e| panic!("{}: {e}\n{text}", entry.name));
        let actual = canon_encode::encode_package(&reparsed.resolve, reparsed.package).unwrap();
        assert_eq!(
            print(&reparsed.resolve, reparsed.package),
            print(&loaded.resolve, loaded.package),
            "{}\n{text}",
            entry.name
        );
        assert_eq!(actual, expected, "{}\n{text}", entry.name);
    }
}
