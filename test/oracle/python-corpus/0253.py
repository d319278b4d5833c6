# oracle: seed 253, closed, raises RuntimeError at line 33
import torch

def encode_0(layer, x, h0=None, batch_first=False):
    if h0 is None:
        out, h = layer(x)
    else:
        out, h = layer(x, h0)
    return out[:, -1] if batch_first else out[-1]

enc_0 = torch.nn.GRU(3, 5, 1, True, True)
last_0_0 = encode_0(enc_0, torch.zeros(1, 4, 3), h0=torch.zeros((1, 1, 5)), batch_first=True)
last_0_1 = encode_0(enc_0, torch.rand([2, 3, 3]), batch_first=True)

y_1 = torch.randn(2, 1, 7)
layers_1 = torch.nn.ModuleList([torch.nn.RNN(7, 3), torch.nn.RNN(3, 7), torch.nn.RNN(7, 2)])
for layer in layers_1:
    y_1, _ = layer(y_1)

embed_2 = torch.nn.Embedding(13, 8)
drop_2 = torch.nn.Dropout()
rnn_2 = torch.nn.GRU(8, 8, batch_first=True)
tokens_2 = torch.tensor([[1, 2, 3], [4, 5, 12]])
emb_2 = drop_2(embed_2(tokens_2))
out_2, h_2 = rnn_2(emb_2)

embed_3 = torch.nn.Embedding(27, 3)
drop_3 = torch.nn.Dropout()
rnn_3 = torch.nn.LSTM(3, 7, batch_first=True)
tokens_3 = torch.tensor([[1, 2, 3], [4, 5, 26]])
emb_3 = drop_3(embed_3(tokens_3))
out_3, (h_3, c_3) = rnn_3(emb_3)
scores_3 = torch.nn.Linear(8, 27)(out_3)
