# oracle: seed 196, closed, raises TypeError at line 23
import torch
import torch.nn as nn
from torch.nn import GRU, GRUCell, LSTM, RNN

embed_0 = nn.Embedding(24, 5)
drop_0 = nn.Dropout()
rnn_0 = GRU(5, 2, batch_first=True)
tokens_0 = torch.randint(0, 24, (4, 2))
emb_0 = drop_0(embed_0(tokens_0))
out_0, h_0 = rnn_0(emb_0)

def encode_1(layer, x, h0=None, batch_first=False):
    if h0 is None:
        out, h = layer(x)
    else:
        out, h = layer(x, h0)
    return out[:, -1] if batch_first else out[-1]

enc_1 = GRU(8, 3, 1, True, False)
last_1_0 = encode_1(enc_1, torch.randn(2, 1, 8), h0=torch.zeros(1, 1, 3))

layer_2 = GRU(6, 8, nonlinearity='tanh')
y_2, _ = layer_2(torch.randn(3, 2, 6))

gru_3 = GRU(3, 3)
x_3 = torch.randn(3, 3)
cell_3 = GRUCell(3, 3)
if x_3.dim() == 3:
    out_3, _ = gru_3(x_3)
else:
    out_3 = cell_3(x_3)
