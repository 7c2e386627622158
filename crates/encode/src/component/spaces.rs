//! The type index spaces `component new` writes WIT types into: the root of
//! the component, and the instance types of imported and exported
//! interfaces.

use wasm_encoder::{
    ComponentDefinedTypeEncoder, ComponentExportKind, ComponentExternName,
    ComponentFuncTypeEncoder, ComponentTypeRef, InstanceType, TypeBounds,
};
use wit_parser::{InterfaceId, TypeId};

use super::Encoder;
use super::builder::Writer;
use crate::error::Result;
use crate::wit::types::{TypeMaps, TypeSpace};

/// Types written at the root of the component.
pub(super) struct RootSpace<'e, 'a> {
    pub(super) enc: &'e mut Encoder<'a>,
    pub(super) interface: Option<InterfaceId>,
    pub(super) import_types: bool,
}

impl<'a> TypeSpace<'a> for RootSpace<'_, 'a> {
    fn defined_type(&mut self) -> (u32, ComponentDefinedTypeEncoder<'_>) {
        self.enc.w.defined_type()
    }
    fn function_type(&mut self) -> (u32, ComponentFuncTypeEncoder<'_>) {
        self.enc.w.function_type()
    }
    fn export_type(&mut self, index: u32, name: ComponentExternName<'a>) -> Option<u32> {
        // Types of interfaces are named by the ascribed instance type.
        if self.interface.is_some() {
            return None;
        }
        let bounds = ComponentTypeRef::Type(TypeBounds::Eq(index));
        Some(if self.import_types {
            self.enc.w.import(name, bounds)
        } else {
            self.enc
                .w
                .export(name, ComponentExportKind::Type, index, None)
        })
    }
    fn export_resource(&mut self, name: ComponentExternName<'a>) -> u32 {
        self.enc
            .w
            .import(name, ComponentTypeRef::Type(TypeBounds::SubResource))
    }
    fn maps(&mut self) -> &mut TypeMaps<'a> {
        &mut self.enc.maps
    }
    fn import_type(&mut self, owner: InterfaceId, id: TypeId) -> Result<u32> {
        self.enc.alias_type(owner, id)
    }
    fn interface(&self) -> Option<InterfaceId> {
        self.interface
    }
}

/// Types written into an instance type, aliasing foreign ones from the root.
pub(super) struct InstanceSpace<'e, 'a> {
    pub(super) enc: &'e mut Encoder<'a>,
    pub(super) interface: InterfaceId,
    pub(super) maps: TypeMaps<'a>,
    pub(super) ty: InstanceType,
}

impl<'a> TypeSpace<'a> for InstanceSpace<'_, 'a> {
    fn defined_type(&mut self) -> (u32, ComponentDefinedTypeEncoder<'_>) {
        (self.ty.type_count(), self.ty.ty().defined_type())
    }
    fn function_type(&mut self) -> (u32, ComponentFuncTypeEncoder<'_>) {
        (self.ty.type_count(), self.ty.ty().function())
    }
    fn export_type(&mut self, index: u32, name: ComponentExternName<'a>) -> Option<u32> {
        let new = self.ty.type_count();
        self.ty
            .export(name, ComponentTypeRef::Type(TypeBounds::Eq(index)));
        Some(new)
    }
    fn export_resource(&mut self, name: ComponentExternName<'a>) -> u32 {
        self.ty
            .export(name, ComponentTypeRef::Type(TypeBounds::SubResource));
        self.ty.type_count() - 1
    }
    fn maps(&mut self) -> &mut TypeMaps<'a> {
        &mut self.maps
    }
    fn import_type(&mut self, owner: InterfaceId, id: TypeId) -> Result<u32> {
        let outer = self.enc.alias_type(owner, id)?;
        Ok(Writer::outer_type_alias(&mut self.ty, outer))
    }
    fn interface(&self) -> Option<InterfaceId> {
        Some(self.interface)
    }
}
