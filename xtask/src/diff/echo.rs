//! The echo-through world and its guest.
//!
//! For a world under test, the echo world imports and exports every named
//! interface the world reaches. Its guest implements each export by calling
//! the matching import with the same arguments and returning what the import
//! returned. The guest is written directly as a core module from canon-abi's
//! core signatures: flat arguments are forwarded as they are, spilled
//! arguments by their pointer (the import reads the same memory), and a
//! spilled result by the return area the import wrote. The guest's own lift
//! and lower are the identity, so every value crosses the host's lowering and
//! lifting four times per call: export arguments, import arguments, import
//! results, export results.

use anyhow::{Context, Result, bail};
use canon_abi::{AbiVariant, FlatType, FuncPlan, ResultPlan, WitTypes};
use canon_bindgen_core::walk::type_children;
use canon_wit::names;
use canon_wit::wit_parser::{
    Function, Handle, InterfaceId, Resolve, Type, TypeDefKind, TypeId, TypeOwner, WorldId,
    WorldItem, WorldKey,
};
use wasm_encoder::{
    CodeSection, ConstExpr, EntityType, ExportKind, ExportSection, FunctionSection, GlobalSection,
    GlobalType, ImportSection, Instruction, MemorySection, MemoryType, Module, TypeSection,
    ValType,
};

/// A world derived for echo testing, with the functions it covers.
#[derive(Debug)]
pub(crate) struct EchoWorld {
    pub(crate) resolve: Resolve,
    pub(crate) world: WorldId,
    /// `(interface name, function)` pairs the guest echoes.
    pub(crate) functions: Vec<(String, Function)>,
    /// Whether the guest exports every function of its interfaces through
    /// `functions` and defines no resource: what the core echo guest, which
    /// only forwards core values, can implement.
    pub(crate) plain: bool,
}

/// Whether every handle in `ty` can pass through the echo guest: a handle
/// of a resource defined in `owner` itself (the guest wraps the imported
/// resource in its exported twin), and a borrow only where `borrow_here`
/// (a parameter's top level: the guest lends its wrapper's inner handle).
fn handles_pass_through(
    resolve: &Resolve,
    owner: InterfaceId,
    ty: &Type,
    borrow_here: bool,
) -> bool {
    let Type::Id(id) = ty else { return true };
    let inner = |t: &Type| handles_pass_through(resolve, owner, t, false);
    let defined_here = |resource: TypeId| {
        resolve.types[canon_wit::resolve_alias(resolve, resource)].owner
            == TypeOwner::Interface(owner)
    };
    match &resolve.types[*id].kind {
        TypeDefKind::Handle(Handle::Own(resource)) => defined_here(*resource),
        TypeDefKind::Handle(Handle::Borrow(resource)) => borrow_here && defined_here(*resource),
        TypeDefKind::Resource => defined_here(*id),
        TypeDefKind::Type(t) => handles_pass_through(resolve, owner, t, borrow_here),
        TypeDefKind::Future(_)
        | TypeDefKind::Stream(_)
        | TypeDefKind::Map(..)
        | TypeDefKind::Unknown => false,
        kind => type_children(kind).iter().all(inner),
    }
}

/// Whether `ty` mentions a resource handle anywhere.
pub(crate) fn mentions_handles(resolve: &Resolve, ty: &Type) -> bool {
    let Type::Id(id) = ty else { return false };
    match &resolve.types[*id].kind {
        TypeDefKind::Handle(_) | TypeDefKind::Resource => true,
        kind => type_children(kind)
            .iter()
            .any(|t| mentions_handles(resolve, t)),
    }
}

/// Whether the function's parameters or result mention a handle.
pub(crate) fn function_mentions_handles(resolve: &Resolve, func: &Function) -> bool {
    func.params.iter().any(|p| mentions_handles(resolve, &p.ty))
        || func
            .result
            .as_ref()
            .is_some_and(|t| mentions_handles(resolve, t))
}

/// The element type of `ty` when it is a list of borrows (through aliases).
pub(crate) fn borrow_list_element(resolve: &Resolve, ty: &Type) -> Option<Type> {
    let Type::Id(id) = ty else { return None };
    match &resolve.types[*id].kind {
        TypeDefKind::Type(t) => borrow_list_element(resolve, t),
        TypeDefKind::List(elem) => {
            let mut inner = *elem;
            while let Type::Id(e) = inner {
                match &resolve.types[e].kind {
                    TypeDefKind::Type(t) => inner = *t,
                    TypeDefKind::Handle(Handle::Borrow(_)) => return Some(*elem),
                    _ => return None,
                }
            }
            None
        }
        _ => None,
    }
}

/// Whether function `func` of interface `owner` is echoed: every handle it
/// passes can go through the guest's wrappers (see [`handles_pass_through`];
/// a parameter may also be a list of borrows, which the guest lends one by
/// one). The others are still exported by the guest (their bodies are
/// never run).
pub(crate) fn function_is_echoable(resolve: &Resolve, owner: InterfaceId, func: &Function) -> bool {
    func.params.iter().all(|p| {
        handles_pass_through(resolve, owner, &p.ty, true)
            || borrow_list_element(resolve, &p.ty)
                .is_some_and(|elem| handles_pass_through(resolve, owner, &elem, true))
    }) && func
        .result
        .as_ref()
        .is_none_or(|t| handles_pass_through(resolve, owner, t, false))
}

/// Whether the interface has functions to echo. Inline interfaces cannot be
/// named, so they are left out. Resources the interface `use`s from others
/// are imported and the hosts define them.
fn interface_is_echoable(resolve: &Resolve, id: InterfaceId) -> bool {
    resolve.interfaces[id]
        .functions
        .values()
        .any(|f| function_is_echoable(resolve, id, f))
}

/// Whether the interface defines a resource type.
pub(crate) fn defines_resources(resolve: &Resolve, id: InterfaceId) -> bool {
    resolve.interfaces[id]
        .types
        .values()
        .any(|&ty| matches!(resolve.types[ty].kind, TypeDefKind::Resource))
}

/// Derives the echo world of `world`, or `None` when it has nothing to echo.
pub(crate) fn echo_world(resolve: &Resolve, world: WorldId) -> Result<Option<EchoWorld>> {
    let mut interfaces = Vec::new();
    let source = &resolve.worlds[world];
    for (key, item) in source.imports.iter().chain(&source.exports) {
        let WorldItem::Interface { id, .. } = item else {
            continue;
        };
        let WorldKey::Interface(_) = key else {
            continue;
        };
        let name = resolve.name_world_key(key);
        if interfaces.iter().any(|(n, _)| n == &name) {
            continue;
        }
        if interface_is_echoable(resolve, *id) {
            interfaces.push((name, *id));
        }
    }
    if interfaces.is_empty() {
        return Ok(None);
    }
    // A world may itself be an echo world (kept with `--keep` and run again
    // with `--wit`): the new echo package gets a name not taken yet.
    let package_name = (0..)
        .map(|n| match n {
            0 => "harness".to_string(),
            n => format!("harness{n}"),
        })
        .find(|name| {
            !resolve
                .packages
                .iter()
                .any(|(_, p)| p.name.namespace == "canon-echo" && p.name.name == *name)
        })
        .expect("an unused name exists");
    let mut wit = format!("package canon-echo:{package_name};\nworld echo {{\n");
    for (_, id) in &interfaces {
        let path = escaped_path(resolve, *id).context("named interface without a package")?;
        wit.push_str(&format!("  import {path};\n  export {path};\n"));
    }
    wit.push_str("}\n");
    let mut echo = resolve.clone();
    let package = echo
        .push_str("echo.wit", &wit)
        .context("the echo world does not resolve")?;
    let world = echo.select_world(&[package], Some("echo"))?;
    let mut functions = Vec::new();
    let mut plain = true;
    for (name, _) in &interfaces {
        let id = echo.worlds[world]
            .exports
            .iter()
            .find_map(|(key, item)| match item {
                WorldItem::Interface { id, .. } if &echo.name_world_key(key) == name => Some(*id),
                _ => None,
            })
            .with_context(|| format!("echo world lost export `{name}`"))?;
        plain &= !defines_resources(&echo, id);
        for function in echo.interfaces[id].functions.values() {
            if function_is_echoable(&echo, id, function) {
                functions.push((name.clone(), function.clone()));
            } else {
                plain = false;
            }
        }
    }
    Ok(Some(EchoWorld {
        resolve: echo,
        world,
        functions,
        plain,
    }))
}

/// `%ns:%pkg/%iface@version`: every identifier escaped, since any of them
/// may be a WIT keyword.
fn escaped_path(resolve: &Resolve, id: InterfaceId) -> Option<String> {
    let interface = &resolve.interfaces[id];
    let package = &resolve.packages[interface.package?].name;
    let mut path = format!(
        "%{}:%{}/%{}",
        package.namespace,
        package.name,
        interface.name.as_ref()?
    );
    if let Some(version) = &package.version {
        path.push_str(&format!("@{version}"));
    }
    Some(path)
}

fn val_type(flat: FlatType) -> ValType {
    match flat {
        FlatType::I32 => ValType::I32,
        FlatType::I64 => ValType::I64,
        FlatType::F32 => ValType::F32,
        FlatType::F64 => ValType::F64,
    }
}

/// Index of the bump-pointer global and the start of the heap.
const HEAP_GLOBAL: u32 = 0;
const HEAP_BASE: i32 = 16;

/// The core module of the echo guest for `echo`, with no metadata yet.
pub(crate) fn echo_module(echo: &EchoWorld) -> Result<Vec<u8>> {
    let abi = WitTypes::new(&echo.resolve)?;
    let plans: Vec<FuncPlan> = echo
        .functions
        .iter()
        .map(|(_, function)| {
            let func = abi.func_type(function)?;
            Ok(abi.types.func_plan(&func)?)
        })
        .collect::<Result<_>>()?;

    let mut types = TypeSection::new();
    let mut imports = ImportSection::new();
    let mut functions = FunctionSection::new();
    let mut exports = ExportSection::new();
    let mut code = CodeSection::new();

    let keys: Vec<WorldKey> = echo.resolve.worlds[echo.world]
        .imports
        .keys()
        .cloned()
        .collect();
    let key_of = |name: &str| {
        keys.iter()
            .find(|key| echo.resolve.name_world_key(key) == name)
            .cloned()
    };

    // Imports first: function index i is the import of echo function i.
    for ((interface, function), plan) in echo.functions.iter().zip(&plans) {
        let sig = plan.signature(AbiVariant::GuestImport);
        types.ty().function(
            sig.params.iter().copied().map(val_type),
            sig.results.iter().copied().map(val_type),
        );
        let key = key_of(interface).with_context(|| format!("no import key for {interface}"))?;
        let (module, field) = names::import_function(&echo.resolve, Some(&key), function);
        imports.import(&module, &field, EntityType::Function(types.len() - 1));
    }
    let imported = echo.functions.len() as u32;

    // cabi_realloc: a bump allocator that grows memory as needed.
    let realloc_type = types.len();
    types.ty().function([ValType::I32; 4], [ValType::I32]);
    let realloc = imported;
    functions.function(realloc_type);
    exports.export(names::REALLOC, ExportKind::Func, realloc);
    code.function(&realloc_body());
    // Each export gets a post-return (taking the export's results) that
    // frees everything the call allocated by resetting the heap. The
    // post-returns follow the exports in the function index space.
    let post_return_base = imported + 1 + echo.functions.len() as u32;

    for (index, ((interface, function), plan)) in echo.functions.iter().zip(&plans).enumerate() {
        let sig = plan.signature(AbiVariant::GuestExport);
        types.ty().function(
            sig.params.iter().copied().map(val_type),
            sig.results.iter().copied().map(val_type),
        );
        let func_index = imported + 1 + index as u32;
        functions.function(types.len() - 1);
        let mut body = wasm_encoder::Function::new(if sig.retptr {
            vec![(1, ValType::I32)]
        } else {
            Vec::new()
        });
        let param_count = sig.params.len() as u32;
        if let ResultPlan::Indirect(_, layout) = plan.result {
            // The return area the import fills and the export hands back.
            body.instruction(&Instruction::I32Const(0))
                .instruction(&Instruction::I32Const(0))
                .instruction(&Instruction::I32Const(layout.align as i32))
                .instruction(&Instruction::I32Const(layout.size as i32))
                .instruction(&Instruction::Call(realloc))
                .instruction(&Instruction::LocalSet(param_count));
        }
        for param in 0..param_count {
            body.instruction(&Instruction::LocalGet(param));
        }
        if sig.retptr {
            body.instruction(&Instruction::LocalGet(param_count));
        }
        body.instruction(&Instruction::Call(index as u32));
        if sig.retptr {
            body.instruction(&Instruction::LocalGet(param_count));
        }
        body.instruction(&Instruction::End);
        code.function(&body);
        let key = key_of(interface).with_context(|| format!("no export key for {interface}"))?;
        let export = names::export_function(&echo.resolve, Some(&key), function);
        exports.export(
            &names::post_return(&export),
            ExportKind::Func,
            post_return_base + index as u32,
        );
        exports.export(&export, ExportKind::Func, func_index);
    }
    for plan in &plans {
        let results = &plan.signature(AbiVariant::GuestExport).results;
        types
            .ty()
            .function(results.iter().copied().map(val_type), []);
        functions.function(types.len() - 1);
        let mut body = wasm_encoder::Function::new([]);
        body.instruction(&Instruction::I32Const(HEAP_BASE))
            .instruction(&Instruction::GlobalSet(HEAP_GLOBAL))
            .instruction(&Instruction::End);
        code.function(&body);
    }

    let mut memories = MemorySection::new();
    memories.memory(MemoryType {
        minimum: 1,
        maximum: None,
        memory64: false,
        shared: false,
        page_size_log2: None,
    });
    exports.export(names::MEMORY, ExportKind::Memory, 0);
    let mut globals = GlobalSection::new();
    globals.global(
        GlobalType {
            val_type: ValType::I32,
            mutable: true,
            shared: false,
        },
        &ConstExpr::i32_const(HEAP_BASE),
    );

    let mut module = Module::new();
    module
        .section(&types)
        .section(&imports)
        .section(&functions)
        .section(&memories)
        .section(&globals)
        .section(&exports)
        .section(&code);
    Ok(module.finish())
}

/// `cabi_realloc(old_ptr, old_size, align, new_size) -> ptr`: bump allocation,
/// copying the old contents when growing an allocation.
fn realloc_body() -> wasm_encoder::Function {
    use Instruction as I;
    const OLD_PTR: u32 = 0;
    const OLD_SIZE: u32 = 1;
    const ALIGN: u32 = 2;
    const NEW_SIZE: u32 = 3;
    const PTR: u32 = 4;
    const END: u32 = 5;
    let mut body = wasm_encoder::Function::new([(2, ValType::I32)]);
    body
        // ptr = (heap + align - 1) & -align
        .instruction(&I::GlobalGet(HEAP_GLOBAL))
        .instruction(&I::LocalGet(ALIGN))
        .instruction(&I::I32Add)
        .instruction(&I::I32Const(1))
        .instruction(&I::I32Sub)
        .instruction(&I::I32Const(0))
        .instruction(&I::LocalGet(ALIGN))
        .instruction(&I::I32Sub)
        .instruction(&I::I32And)
        .instruction(&I::LocalTee(PTR))
        // end = ptr + new_size
        .instruction(&I::LocalGet(NEW_SIZE))
        .instruction(&I::I32Add)
        .instruction(&I::LocalTee(END))
        .instruction(&I::GlobalSet(HEAP_GLOBAL))
        // grow while end > memory size in bytes
        .instruction(&I::Block(wasm_encoder::BlockType::Empty))
        .instruction(&I::Loop(wasm_encoder::BlockType::Empty))
        .instruction(&I::LocalGet(END))
        .instruction(&I::MemorySize(0))
        .instruction(&I::I32Const(16))
        .instruction(&I::I32Shl)
        .instruction(&I::I32LeU)
        .instruction(&I::BrIf(1))
        .instruction(&I::I32Const(1))
        .instruction(&I::MemoryGrow(0))
        .instruction(&I::I32Const(-1))
        .instruction(&I::I32Eq)
        .instruction(&I::If(wasm_encoder::BlockType::Empty))
        .instruction(&I::Unreachable)
        .instruction(&I::End)
        .instruction(&I::Br(0))
        .instruction(&I::End)
        .instruction(&I::End)
        // copy the old contents, if any
        .instruction(&I::LocalGet(OLD_PTR))
        .instruction(&I::If(wasm_encoder::BlockType::Empty))
        .instruction(&I::LocalGet(PTR))
        .instruction(&I::LocalGet(OLD_PTR))
        .instruction(&I::LocalGet(OLD_SIZE))
        .instruction(&I::LocalGet(NEW_SIZE))
        .instruction(&I::LocalGet(OLD_SIZE))
        .instruction(&I::LocalGet(NEW_SIZE))
        .instruction(&I::I32LtU)
        .instruction(&I::Select)
        .instruction(&I::MemoryCopy {
            src_mem: 0,
            dst_mem: 0,
        })
        .instruction(&I::End)
        .instruction(&I::LocalGet(PTR))
        .instruction(&I::End);
    body
}

/// The echo guest's components: by canon-encode, and by wit-component as the
/// oracle encoder.
#[derive(Debug)]
pub(crate) enum EchoComponents {
    Built {
        ours: Vec<u8>,
        theirs: Vec<u8>,
    },
    /// Both encoders reject the world, for the same reason the binary format
    /// gives (such as flags with more than 32 members).
    BothReject(String),
}

/// The core echo guest with the echo world's metadata embedded.
pub(crate) fn embedded_echo_module(echo: &EchoWorld) -> Result<Vec<u8>> {
    let module = echo_module(echo)?;
    Ok(canon_encode::embed(
        &module,
        &echo.resolve,
        echo.world,
        canon_encode::StringEncoding::Utf8,
    )?)
}

/// Makes the components of a core module that carries its world's metadata,
/// with canon-encode and with wit-component. One encoder rejecting what the
/// other accepts is an error.
pub(crate) fn encode_components(module: &[u8]) -> Result<EchoComponents> {
    let ours = canon_encode::new_component(module);
    let theirs = wit_component::ComponentEncoder::default()
        .module(module)
        .and_then(|encoder| encoder.validate(true).encode());
    match (ours, theirs) {
        (Ok(ours), Ok(theirs)) => Ok(EchoComponents::Built { ours, theirs }),
        (Err(ours), Err(_)) => Ok(EchoComponents::BothReject(ours.to_string())),
        (Err(ours), Ok(_)) => {
            bail!("canon component new rejects what wit-component accepts: {ours}")
        }
        (Ok(_), Err(theirs)) => {
            bail!("wit-component rejects what canon component new accepts: {theirs:#}")
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Found by `cargo xtask diff --count 500`: an interface that only
    /// `use`s a type from an interface with a resource pulled that interface
    /// into the echo world, and no host defined its resource. The hosts
    /// now define every imported resource, so such interfaces are echoed;
    /// a function passing a handle of a resource from another interface is
    /// not (the guest cannot wrap it in its own export).
    #[test]
    fn handles_pass_through_only_for_resources_of_the_same_interface() {
        let mut resolve = Resolve::default();
        let package = resolve
            .push_str(
                "t.wit",
                "package t:t;
                 interface res {
                     resource r { constructor(); get: func() -> u32; }
                     type n = u32;
                     make: func() -> r;
                     lend: func(x: borrow<r>, y: list<r>) -> option<r>;
                     nested-borrow: func(x: list<borrow<r>>);
                     deeper-borrow: func(x: list<list<borrow<r>>>, y: option<borrow<r>>);
                 }
                 interface plain { f: func(x: u32) -> u32; }
                 interface uses {
                     use res.{n, r};
                     g: func(x: n) -> n;
                     foreign: func(x: r);
                 }
                 interface types-only { resource q; }",
            )
            .unwrap();
        let id = |name: &str| resolve.packages[package].interfaces[name];
        let echoed = |iface: &str| -> Vec<String> {
            let id = id(iface);
            resolve.interfaces[id]
                .functions
                .values()
                .filter(|f| function_is_echoable(&resolve, id, f))
                .map(|f| f.name.clone())
                .collect()
        };
        assert_eq!(
            echoed("res"),
            [
                "[constructor]r",
                "[method]r.get",
                "make",
                "lend",
                "nested-borrow"
            ]
        );
        assert_eq!(echoed("uses"), ["g"]);
        assert!(interface_is_echoable(&resolve, id("plain")));
        assert!(interface_is_echoable(&resolve, id("uses")));
        assert!(!interface_is_echoable(&resolve, id("types-only")));
        assert!(defines_resources(&resolve, id("res")));
        assert!(!defines_resources(&resolve, id("uses")));
    }

    #[test]
    fn an_echo_world_can_be_echoed_again() {
        let mut resolve = Resolve::default();
        let package = resolve
            .push_str(
                "t.wit",
                "package t:t;
                 interface plain { f: func(x: u32) -> u32; }
                 world w { import plain; }",
            )
            .unwrap();
        let world = resolve.select_world(&[package], Some("w")).unwrap();
        let echo = echo_world(&resolve, world).unwrap().unwrap();
        // What `--keep` saves and `--wit` loads again: the echo package is
        // already there, so the second one takes another name.
        let again = echo_world(&echo.resolve, echo.world).unwrap().unwrap();
        let name = &again.resolve.packages[again.resolve.worlds[again.world].package.unwrap()].name;
        assert_eq!(name.to_string(), "canon-echo:harness1");
        assert_eq!(again.functions.len(), 1);
    }
}
