# oracle: seed 107, closed, raises RuntimeError at line 26
import torch.nn

lstm_0 = torch.nn.LSTM(3, 3, 1)
out_0, (h_0, c_0) = lstm_0(torch.randn(3, 4, 3))
r_0_0 = len(out_0)
r_0_1 = out_0.size()
r_0_2 = c_0.repeat(1, 1, 1)

y_1 = torch.randn(1, 2, 4)
layers_1 = [torch.nn.RNN(4, 7), torch.nn.RNN(7, 2), torch.nn.RNN(2, 6)]
for i in range(len(layers_1)):
    y_1 = layers_1[i](y_1)[0]

rnn_2 = torch.nn.RNN(input_size=8, hidden_size=3, num_layers=3, batch_first=True, bidirectional=True)
x_2 = torch.randn(5, 4, 8).float()
batch_2 = x_2.size()[0]
h0_2 = torch.zeros(6, batch_2, 3)
out_2, hn_2 = rnn_2(x_2, h0_2)
assert out_2.dim() == 3

def encode_3(layer, x, h0=None, batch_first=False):
    if h0 is None:
        out, h = layer(x)
    else:
        out, h = layer(x, h0)
    return out[:, -1] if batch_first else out[-1]

enc_3 = torch.nn.GRU(input_size=6, hidden_size=9, num_layers=3, bidirectional=True)
last_3_0 = encode_3(enc_3, torch.zeros(1, 2, 6), h0=torch.zeros(6, 2, 9))
last_3_1 = encode_3(enc_3, torch.randn([2, 3, 6]), h0=torch.zeros(12, 3, 9))
