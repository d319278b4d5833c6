# oracle: seed 39, closed, runs cleanly
import torch
import torch.nn as nn

rnn_0 = nn.GRU(6, 8, 1, True, True)
x_0 = torch.ones(5, 4, 6)
batch_0 = x_0.size(0)
h0_0 = torch.zeros(1, batch_0, 8)
out_0, hn_0 = rnn_0(x_0, h0_0)

y_1 = torch.randn(1, 2, 7)
layers_1 = [nn.RNN(7, 4), nn.RNN(4, 6)]
for i in range(len(layers_1)):
    y_1 = layers_1[i](y_1)[0]
z_1 = nn.Linear(6, 3)(y_1)

rnn_2 = nn.RNN(4, 9, 1, True, True, bidirectional=True)
x_2 = torch.rand([4, 2, 4])
batch_2 = x_2.shape[0]
h0_2 = torch.zeros(2, batch_2, 9)
out_2, hn_2 = rnn_2(x_2, h0_2)
