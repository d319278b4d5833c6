# oracle: seed 23, closed, runs cleanly
import torch
import torch.nn as nn

rnn_0 = nn.RNN(3, 4, num_layers=2, dropout=0.5)
x_0 = torch.randn(1, 3)
out_0, _ = rnn_0(x_0)
y_0 = out_0[-1].view(4)

cell_1 = nn.RNNCell(7, 3)
xs_1 = torch.randn(2, 3, 7)
h_1 = torch.zeros(3, 3)
outputs_1 = []
for t in range(xs_1.shape[0]):
    if t == 2:
        break
    h_1 = cell_1(xs_1[t], h_1)
    outputs_1.append(h_1)
seq_1 = torch.stack(outputs_1, dim=0)

y_2 = torch.randn(3, 3, 7)
layers_2 = nn.ModuleList([nn.RNN(7, 6), nn.RNN(6, 5), nn.RNN(5, 3)])
for layer in layers_2:
    y_2, _ = layer(y_2)
