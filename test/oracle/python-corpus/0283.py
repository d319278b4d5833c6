# oracle: seed 283, closed, raises TypeError at line 11
import torch.nn

cell_0 = torch.nn.RNNCell(input_size=4, hidden_size=6)
h_0 = torch.zeros(6)
t_0 = 0
while t_0 < 0:
    h_0 = cell_0(torch.randn(4), h_0)
    t_0 += 1

layer_1 = torch.nn.LSTM(3, 8, nonlinearity='tanh')

rnn_2 = torch.nn.LSTM(input_size=4, hidden_size=7, num_layers=3, dropout=0.1)
x_2 = torch.randn(3, 4)
out_2, _ = rnn_2(x_2)

def encode_3(layer, x, h0=None, batch_first=False):
    if h0 is None:
        out, h = layer(x)
    else:
        out, h = layer(x, h0)
    return out[:, -1] if batch_first else out[-1]

enc_3 = torch.nn.GRU(5, 4, 2, True, False)
last_3_0 = encode_3(enc_3, torch.ones([2, 1, 5]))
last_3_1 = encode_3(enc_3, torch.rand(3, 1, 5))

cell_4 = torch.nn.RNNCell(2, 5)
xs_4 = torch.randn(2, 2, 2)
h_4 = torch.zeros(4, 5)
outputs_4 = []
for t in range(2):
    if t % 2 == 1:
        continue
    h_4 = cell_4(xs_4[t], h_4)
    outputs_4.append(h_4)
