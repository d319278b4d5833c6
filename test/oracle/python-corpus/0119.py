# oracle: seed 119, closed, runs cleanly
import torch.nn

cell_0 = torch.nn.GRUCell(input_size=4, hidden_size=7)
h_0 = torch.zeros(2, 7)
t_0 = 0
while t_0 < 3:
    h_0 = cell_0(torch.randn(2, 4), h_0)
    t_0 += 1
z_0 = h_0.unsqueeze(0).contiguous()

def encode_1(layer, x, h0=None, batch_first=False):
    if h0 is None:
        out, h = layer(x)
    else:
        out, h = layer(x, h0)
    return out[:, -1] if batch_first else out[-1]

enc_1 = torch.nn.GRU(8, 6, num_layers=3, batch_first=False, dropout=0.5, bidirectional=True)
last_1_0 = encode_1(enc_1, torch.ones(1, 3, 8), h0=torch.zeros((6, 3, 6)))

conv_2 = torch.nn.Conv1d(5, 7, kernel_size=3, padding=1)
feats_2 = conv_2(torch.randn(2, 5, 6)).transpose(1, 2)
rnn_2 = torch.nn.LSTM(7, 4, batch_first=True)
out_2, _ = rnn_2(feats_2)

gru_3 = torch.nn.GRU(8, 5)
x_3 = torch.randn(3, 8)
deep_3 = torch.nn.GRU(8, 5, num_layers=2)
if deep_3.num_layers > 1:
    out_3, _ = deep_3(torch.randn(2, 3, 8), torch.zeros(2, 3, 5))
elif 2 == 3:
    out_3, _ = deep_3(torch.randn(2, 3, 8), torch.zeros(1, 3, 5))
else:
    out_3, _ = deep_3(torch.randn(2, 3, 8), torch.zeros(2, 3, 5))

rnn_4 = torch.nn.RNN(input_size=7, hidden_size=2, num_layers=3, dropout=0.2, nonlinearity='tanh')
x_4 = torch.randn(5, 5, 7)
batch_4 = x_4.shape[1]
h0_4 = torch.zeros(3, batch_4, 2)
out_4, hn_4 = rnn_4(x_4, h0_4)
