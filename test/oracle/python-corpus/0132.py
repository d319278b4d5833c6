# oracle: seed 132, closed, runs cleanly
import torch

lstm_0 = torch.nn.LSTM(3, 6, 1)
out_0, (h_0, c_0) = lstm_0(torch.randn(4, 4, 3))
r_0_0 = out_0.chunk(2, dim=-1)[0]
r_0_1 = out_0.permute(2, 0, 1)

y_1 = torch.randn(1, 1, 5)
layers_1 = torch.nn.ModuleList([torch.nn.GRU(5, 2), torch.nn.GRU(2, 7)])
for layer in layers_1:
    y_1, _ = layer(y_1)
z_1 = torch.nn.Linear(7, 3)(y_1)
