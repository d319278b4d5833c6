# oracle: seed 36, closed, raises RuntimeError at line 11
import torch.nn

cell_0 = torch.nn.RNNCell(7, 7)
xs_0 = torch.randn(5, 3, 7)
h_0 = torch.zeros(3, 7)
outputs_0 = []
for t in range(5):
    if t % 2 == 1:
        continue
    h_0 = cell_0(xs_0[t], h_0)
    if t == 2:
        h_0 = torch.zeros(3, 8)
    outputs_0.append(h_0)

cell_1 = torch.nn.GRUCell(input_size=7, hidden_size=2)
h_1 = torch.zeros(2)
t_1 = 0
while t_1 < 1:
    h_1 = cell_1(torch.randn(7), h_1)
    t_1 += 1
z_1 = h_1.unsqueeze(0).squeeze(0)

def encode_2(layer, x, h0=None, batch_first=False):
    if h0 is None:
        out, h = layer(x)
    else:
        out, h = layer(x, h0)
    return out[:, -1] if batch_first else out[-1]

enc_2 = torch.nn.GRU(input_size=7, hidden_size=2, batch_first=True)
last_2_0 = encode_2(enc_2, torch.rand(3, 4, 7), batch_first=True)

embed_3 = torch.nn.Embedding(16, 6, padding_idx=0)
drop_3 = torch.nn.Dropout()
rnn_3 = torch.nn.LSTM(6, 4, batch_first=True)
tokens_3 = torch.randint(0, 16, (4, 5))
emb_3 = drop_3(embed_3(tokens_3))
out_3, (h_3, c_3) = rnn_3(emb_3)

def encode_4(layer, x, h0=None, batch_first=False):
    if h0 is None:
        out, h = layer(x)
    else:
        out, h = layer(x, h0)
    return out[:, -1] if batch_first else out[-1]

enc_4 = torch.nn.RNN(8, 5, bias=False, batch_first=False, dropout=0.2)
last_4_0 = encode_4(enc_4, torch.ones(1, 2, 8))
