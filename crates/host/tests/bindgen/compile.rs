//! Every other test-wits world through `bindgen!`: the generated bindings
//! (resources, keywords, odd identifiers, inline interfaces, aliases, `use`
//! across interfaces, docs, deps) compile.

macro_rules! world {
    ($module:ident, $path:literal) => {
        #[allow(dead_code)]
        mod $module {
            canon_host::bindgen!({ path: $path });
        }
    };
    ($module:ident, $path:literal, $world:literal) => {
        #[allow(dead_code)]
        mod $module {
            canon_host::bindgen!({ path: $path, world: $world });
        }
    };
}

world!(kitchen_sink, "../../test-wits/kitchen-sink.wit");
world!(resources, "../../test-wits/resources.wit");
world!(resources_import, "../../test-wits/resources-import.wit");
world!(resources_export, "../../test-wits/resources-export.wit");
world!(
    world_level_resource,
    "../../test-wits/world-level-resource.wit"
);
world!(keywords, "../../test-wits/keywords.wit");
world!(identifiers, "../../test-wits/identifiers.wit");
world!(inline_interfaces, "../../test-wits/inline-interfaces.wit");
world!(type_aliases, "../../test-wits/type-aliases.wit");
world!(use_same_package, "../../test-wits/use-same-package");
world!(doc_comments, "../../test-wits/doc-comments.wit");
world!(cross_package, "../../test-wits/cross-package");
world!(variants, "../../test-wits/variants.wit");
world!(results, "../../test-wits/results.wit");
world!(many_params, "../../test-wits/many-params.wit");
world!(spilled_results, "../../test-wits/spilled-results.wit");
world!(proxy, "../../test-wits/multiple-worlds.wit", "proxy");
world!(flags_over_32, "../../test-wits/flags-over-32.wit");
world!(big_variant, "../../test-wits/big-variant.wit");
