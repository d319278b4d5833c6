# oracle: seed 33, closed, raises RuntimeError at line 8
import torch
from torch.nn import RNN

rnn_0 = RNN(8, 5)
x_0 = torch.randn(5, 7)
hx_0 = torch.zeros(1, 5)
out_0, _ = rnn_0(x_0, hx_0)

rnn_1 = RNN(input_size=8, hidden_size=6, num_layers=2, bidirectional=False)
x_1 = torch.ones(5, 4, 8)
batch_1 = x_1.size(1)
h0_1 = torch.zeros(2, batch_1, 6)
out_1, hn_1 = rnn_1(x_1, h0_1)

y_2 = torch.randn(1, 2, 7)
layers_2 = [RNN(7, 5)]
for i in range(len(layers_2)):
    y_2 = layers_2[i](y_2)[0]
