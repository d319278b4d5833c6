# oracle: seed 85, closed, raises RuntimeError at line 6
import torch

lstm_0 = torch.nn.LSTM(3, 3, 1)
out_0, (h_0, c_0) = lstm_0(torch.randn(2, 3, 3))
r_0_0 = out_0.reshape(-1, 4)
r_0_1 = out_0[..., :3]
r_0_2 = h_0[0]
r_0_3 = out_0.size(0)

y_1 = torch.randn(2, 1, 5)
layers_1 = torch.nn.ModuleList([torch.nn.GRU(5, 7), torch.nn.GRU(7, 5), torch.nn.GRU(5, 6)])
for layer in layers_1:
    y_1, _ = layer(y_1)
z_1 = torch.nn.Linear(6, 3)(y_1)

layer_2 = torch.nn.GRU(5, 7, proj_size=1)
y_2, _ = layer_2(torch.randn(3, 2, 5))

cell_3 = torch.nn.RNNCell(4, 3)
xs_3 = torch.randn(1, 3, 4)
h_3 = torch.zeros(3, 3)
outputs_3 = []
for t in range(1):
    h_3 = cell_3(xs_3[t], h_3)
    outputs_3.append(h_3)

layer_4 = torch.nn.LSTM(8, 6, 1, bias=False)
