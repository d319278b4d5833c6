# oracle: seed 92, closed, runs cleanly
import torch

y_0 = torch.randn(4, 3, 5)
stack_0 = torch.nn.ModuleDict({"enc": torch.nn.GRU(5, 2)})
y_0, _ = stack_0["enc"](y_0)
y_0, _ = torch.nn.GRU(2, 6)(y_0)

rnn_1 = torch.nn.RNN(2, 3, 3)
x_1 = torch.randn(5, 2)
hx_1 = torch.zeros(3, 3)
out_1, _ = rnn_1(x_1, hx_1)
y_1 = out_1[-1].view(3)
