# oracle: seed 282, closed, raises RuntimeError at line 7
import torch

y_0 = torch.randn(2, 3, 2)
stack_0 = torch.nn.ModuleDict({"enc": torch.nn.GRU(2, 6)})
y_0, _ = stack_0["enc"](y_0)
z_0 = torch.nn.Linear(5, 3)(y_0)
