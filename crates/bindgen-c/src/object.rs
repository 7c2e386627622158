//! `<world>_component_type.o`: a relocatable wasm object carrying the
//! world's `component-type` custom section.

use wasm_encoder::{
    CodeSection, CustomSection, Function, FunctionSection, Instruction, LinkingSection, Module,
    SymbolTable, TypeSection,
};
use wit_parser::{Resolve, WorldId};

use crate::error::{Error, ErrorKind, Result};
use crate::names::world_prefix;
use crate::options::Options;

/// The object file and its name.
pub(crate) fn component_type_object(
    resolve: &Resolve,
    world: WorldId,
    options: &Options,
) -> Result<(String, Vec<u8>)> {
    let world_name = &resolve.worlds[world].name;
    let metadata = canon_encode::metadata::encode_metadata(resolve, world, options.string_encoding)
        .map_err(|e| {
            Error::new(ErrorKind::Metadata {
                world: world_name.clone(),
                message: e.to_string(),
            })
        })?;
    // The encoder writes what WIT allows; the binary format is stricter (no
    // more than 32 flags, for one): refuse here what no reader would take.
    wasmparser::Validator::new_with_features(wasmparser::WasmFeatures::all())
        .validate_all(&metadata)
        .map_err(|e| {
            Error::new(ErrorKind::Metadata {
                world: world_name.clone(),
                message: e.to_string(),
            })
        })?;
    let snake = world_prefix(world_name, &options.renames);
    let mut module = Module::new();
    let mut types = TypeSection::new();
    types.ty().function([], []);
    module.section(&types);
    let mut funcs = FunctionSection::new();
    funcs.function(0);
    module.section(&funcs);
    let mut code = CodeSection::new();
    let mut body = Function::new([]);
    body.instruction(&Instruction::End);
    code.function(&body);
    module.section(&code);
    module.section(&CustomSection {
        name: canon_encode::metadata::section_name(resolve, world).into(),
        data: metadata.into(),
    });
    let mut symbols = SymbolTable::new();
    let symbol = format!("__component_type_object_force_link_{snake}");
    symbols.function(0, 0, Some(&symbol));
    let mut linking = LinkingSection::new();
    linking.symbol_table(&symbols);
    module.section(&linking);
    Ok((format!("{snake}_component_type.o"), module.finish()))
}
