//! A component writer that tracks every index space, one item per section.
//!
//! Unlike wasm-encoder's `ComponentBuilder`, it can also define component
//! instances from inline exports, which exported interfaces need.

use wasm_encoder::{
    Alias, CanonicalFunctionSection, CanonicalOption, Component, ComponentAliasSection,
    ComponentDefinedTypeEncoder, ComponentExportKind, ComponentExportSection, ComponentExternName,
    ComponentFuncTypeEncoder, ComponentImportSection, ComponentInstanceSection,
    ComponentOuterAliasKind, ComponentTypeRef, ComponentTypeSection, ExportKind, InstanceSection,
    InstanceType, ModuleArg, RawSection,
};

/// Counts of each index space, and the component being written.
#[derive(Debug, Default)]
pub(crate) struct Writer {
    component: Component,
    pending: Option<ComponentTypeSection>,
    pub(crate) types: u32,
    pub(crate) funcs: u32,
    pub(crate) instances: u32,
    pub(crate) core_funcs: u32,
    pub(crate) core_instances: u32,
    pub(crate) core_modules: u32,
    pub(crate) core_memories: u32,
    pub(crate) core_tables: u32,
    pub(crate) components: u32,
}

impl Writer {
    fn flush(&mut self) {
        if let Some(section) = self.pending.take() {
            self.component.section(&section);
        }
    }

    fn type_section(&mut self) -> &mut ComponentTypeSection {
        self.pending.get_or_insert_with(ComponentTypeSection::new)
    }

    pub(crate) fn finish(mut self) -> Vec<u8> {
        self.flush();
        self.component.finish()
    }

    pub(crate) fn defined_type(&mut self) -> (u32, ComponentDefinedTypeEncoder<'_>) {
        self.types += 1;
        let index = self.types - 1;
        (index, self.type_section().defined_type())
    }

    pub(crate) fn function_type(&mut self) -> (u32, ComponentFuncTypeEncoder<'_>) {
        self.types += 1;
        let index = self.types - 1;
        (index, self.type_section().function())
    }

    pub(crate) fn instance_type(&mut self, ty: &InstanceType) -> u32 {
        self.type_section().instance(ty);
        self.types += 1;
        self.types - 1
    }

    pub(crate) fn resource_type(&mut self, dtor: Option<u32>) -> u32 {
        self.type_section()
            .resource(wasm_encoder::ValType::I32, dtor);
        self.types += 1;
        self.types - 1
    }

    /// Imports an item; returns its index in its space.
    pub(crate) fn import(&mut self, name: ComponentExternName<'_>, ty: ComponentTypeRef) -> u32 {
        self.flush();
        let mut section = ComponentImportSection::new();
        section.import(name, ty);
        self.component.section(&section);
        self.bump(match ty {
            ComponentTypeRef::Func(_) => ComponentExportKind::Func,
            ComponentTypeRef::Instance(_) => ComponentExportKind::Instance,
            ComponentTypeRef::Type(_) => ComponentExportKind::Type,
            ComponentTypeRef::Component(_) => ComponentExportKind::Component,
            ComponentTypeRef::Module(_) => ComponentExportKind::Module,
            ComponentTypeRef::Value(_) => ComponentExportKind::Value,
        })
    }

    /// Exports an item; returns its new index (exports define a new item).
    pub(crate) fn export(
        &mut self,
        name: ComponentExternName<'_>,
        kind: ComponentExportKind,
        index: u32,
        ty: Option<ComponentTypeRef>,
    ) -> u32 {
        self.flush();
        let mut section = ComponentExportSection::new();
        section.export(name, kind, index, ty);
        self.component.section(&section);
        self.bump(kind)
    }

    fn bump(&mut self, kind: ComponentExportKind) -> u32 {
        let counter = match kind {
            ComponentExportKind::Func => &mut self.funcs,
            ComponentExportKind::Instance => &mut self.instances,
            ComponentExportKind::Type => &mut self.types,
            ComponentExportKind::Module => &mut self.core_modules,
            ComponentExportKind::Component | ComponentExportKind::Value => {
                return u32::MAX;
            }
        };
        *counter += 1;
        *counter - 1
    }

    fn bump_core(&mut self, kind: ExportKind) -> u32 {
        let counter = match kind {
            ExportKind::Func => &mut self.core_funcs,
            ExportKind::Memory => &mut self.core_memories,
            ExportKind::Table => &mut self.core_tables,
            _ => return u32::MAX,
        };
        *counter += 1;
        *counter - 1
    }

    /// `alias export instance name`.
    pub(crate) fn alias_export(
        &mut self,
        instance: u32,
        name: &str,
        kind: ComponentExportKind,
    ) -> u32 {
        self.flush();
        let mut section = ComponentAliasSection::new();
        section.alias(Alias::InstanceExport {
            instance,
            kind,
            name,
        });
        self.component.section(&section);
        self.bump(kind)
    }

    /// `alias core export instance name`.
    pub(crate) fn alias_core_export(&mut self, instance: u32, name: &str, kind: ExportKind) -> u32 {
        self.flush();
        let mut section = ComponentAliasSection::new();
        section.alias(Alias::CoreInstanceExport {
            instance,
            kind,
            name,
        });
        self.component.section(&section);
        self.bump_core(kind)
    }

    /// An outer alias would need a parent; only instance types use them.
    pub(crate) fn outer_type_alias(ty: &mut InstanceType, index: u32) -> u32 {
        let new = ty.type_count();
        ty.alias(Alias::Outer {
            count: 1,
            index,
            kind: ComponentOuterAliasKind::Type,
        });
        new
    }

    pub(crate) fn core_module(&mut self, bytes: &[u8]) -> u32 {
        self.flush();
        self.component.section(&RawSection {
            id: wasm_encoder::ComponentSectionId::CoreModule.into(),
            data: bytes,
        });
        self.core_modules += 1;
        self.core_modules - 1
    }

    pub(crate) fn core_instantiate(&mut self, module: u32, args: &[(String, u32)]) -> u32 {
        self.flush();
        let mut section = InstanceSection::new();
        section.instantiate(
            module,
            args.iter()
                .map(|(name, instance)| (name.as_str(), ModuleArg::Instance(*instance))),
        );
        self.component.section(&section);
        self.core_instances += 1;
        self.core_instances - 1
    }

    pub(crate) fn core_instance_of(&mut self, exports: &[(String, ExportKind, u32)]) -> u32 {
        self.flush();
        let mut section = InstanceSection::new();
        section.export_items(
            exports
                .iter()
                .map(|(name, kind, index)| (name.as_str(), *kind, *index)),
        );
        self.component.section(&section);
        self.core_instances += 1;
        self.core_instances - 1
    }

    pub(crate) fn instance_of(&mut self, exports: &[(String, ComponentExportKind, u32)]) -> u32 {
        self.flush();
        let mut section = ComponentInstanceSection::new();
        section.export_items(
            exports
                .iter()
                .map(|(name, kind, index)| (name.as_str(), *kind, *index)),
        );
        self.component.section(&section);
        self.instances += 1;
        self.instances - 1
    }

    fn canon(&mut self, f: impl FnOnce(&mut CanonicalFunctionSection)) {
        self.flush();
        let mut section = CanonicalFunctionSection::new();
        f(&mut section);
        self.component.section(&section);
    }

    pub(crate) fn lower(&mut self, func: u32, options: Vec<CanonicalOption>) -> u32 {
        self.canon(|s| {
            s.lower(func, options);
        });
        self.core_funcs += 1;
        self.core_funcs - 1
    }

    pub(crate) fn lift(&mut self, core: u32, ty: u32, options: Vec<CanonicalOption>) -> u32 {
        self.canon(|s| {
            s.lift(core, ty, options);
        });
        self.funcs += 1;
        self.funcs - 1
    }

    pub(crate) fn resource_intrinsic(&mut self, kind: Intrinsic, ty: u32) -> u32 {
        self.canon(|s| {
            match kind {
                Intrinsic::New => s.resource_new(ty),
                Intrinsic::Rep => s.resource_rep(ty),
                Intrinsic::Drop => s.resource_drop(ty),
            };
        });
        self.core_funcs += 1;
        self.core_funcs - 1
    }

    /// A nested component; returns its index.
    pub(crate) fn component(&mut self, nested: Writer) -> u32 {
        let bytes = nested.finish();
        self.flush();
        // The nested component's bytes start with its own preamble.
        self.component.section(&RawSection {
            id: wasm_encoder::ComponentSectionId::Component.into(),
            data: &bytes,
        });
        self.components += 1;
        self.components - 1
    }

    /// Instantiates component `component` with `args`.
    pub(crate) fn instantiate(
        &mut self,
        component: u32,
        args: &[(String, ComponentExportKind, u32)],
    ) -> u32 {
        self.flush();
        let mut section = ComponentInstanceSection::new();
        section.instantiate(
            component,
            args.iter()
                .map(|(name, kind, index)| (name.as_str(), *kind, *index)),
        );
        self.component.section(&section);
        self.instances += 1;
        self.instances - 1
    }

    pub(crate) fn raw_custom(&mut self, section_without_id: &[u8]) {
        self.flush();
        self.component
            .section(&wasm_encoder::RawCustomSection(section_without_id));
    }
}

/// The resource built-ins.
#[derive(Clone, Copy, Debug)]
pub(crate) enum Intrinsic {
    New,
    Rep,
    Drop,
}
