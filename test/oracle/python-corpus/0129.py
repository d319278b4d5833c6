# oracle: seed 129, closed, runs cleanly
import torch
from torch import nn

def encode_0(layer, x, h0=None, batch_first=False):
    if h0 is None:
        out, h = layer(x)
    else:
        out, h = layer(x, h0)
    return out[:, -1] if batch_first else out[-1]

enc_0 = nn.RNN(8, 5)
last_0_0 = encode_0(enc_0, torch.randn(1, 3, 8))
last_0_1 = encode_0(enc_0, torch.ones([1, 2, 8]))

y_1 = torch.randn(4, 3, 3)
layers_1 = [nn.GRU(3, 6), nn.GRU(6, 6), nn.GRU(6, 2)]
for i in range(len(layers_1)):
    y_1 = layers_1[i](y_1)[0]

rnn_2 = nn.RNN(9, 8, 1, nonlinearity='tanh')
x_2 = torch.randn(3, 3, 9)
hidden_2 = torch.zeros(1, 3, 8)
out_2, h_2 = rnn_2(x_2, hidden_2)
n_2 = out_2.size(2) * out_2.dim()

layer_3 = nn.LSTM(3, 7, num_layers=2, dropout=1)
y_3, _ = layer_3(torch.randn(3, 2, 3))
