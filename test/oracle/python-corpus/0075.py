# oracle: seed 75, closed, raises RuntimeError at line 8
import torch
from torch import nn

y_0 = torch.randn(3, 3, 2)
stack_0 = nn.ModuleDict({"enc": nn.RNN(2, 4)})
y_0, _ = stack_0["enc"](y_0)
y_0, _ = nn.RNN(5, 5)(y_0)
