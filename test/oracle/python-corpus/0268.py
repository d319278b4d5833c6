# oracle: seed 268, closed, runs cleanly
import torch.nn

embed_0 = torch.nn.Embedding(22, 7)
drop_0 = torch.nn.Dropout(p=0.5)
rnn_0 = torch.nn.LSTM(7, 8, batch_first=True)
tokens_0 = torch.tensor([[1, 2, 3], [4, 5, 21]])
emb_0 = drop_0(embed_0(tokens_0))
out_0, (h_0, c_0) = rnn_0(emb_0)

gru_1 = torch.nn.GRU(6, 8)
x_1 = torch.randn(3, 6)
if x_1.dim() == 2:
    x_1 = x_1.unsqueeze(1)
out_1, h_1 = gru_1(x_1)
