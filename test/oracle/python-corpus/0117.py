# oracle: seed 117, closed, raises RuntimeError at line 9
import torch
from torch import nn

y_0 = torch.randn(4, 2, 3)
stack_0 = nn.ModuleDict({"enc": nn.GRU(3, 5)})
y_0, _ = stack_0["enc"](y_0)
y_0, _ = nn.GRU(5, 7)(y_0)
z_0 = nn.Linear(6, 3)(y_0)

rnn_1 = nn.RNN(6, 5, 2, bidirectional=True)
x_1 = torch.randn(1, 6)
out_1, _ = rnn_1(x_1)
y_1 = out_1[-1].view(10)

kind_2 = "GRU"
rnn_2 = getattr(nn, kind_2)(3, 2)
out_2 = rnn_2(torch.randn(4, 2, 3))[0]
