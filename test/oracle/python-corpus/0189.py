# oracle: seed 189, closed, raises ValueError at line 10
import torch
import torch.nn as nn

y_0 = torch.randn(3, 2, 3)
layers_0 = [nn.GRU(3, 7), nn.GRU(7, 6)]
for i in range(len(layers_0)):
    y_0 = layers_0[i](y_0)[0]

layer_1 = nn.RNN(2, 5, nonlinearity='sigmoid')
y_1, _ = layer_1(torch.randn(3, 2, 4))

embed_2 = nn.Embedding(24, 6, padding_idx=0)
drop_2 = nn.Dropout(0.3)
rnn_2 = nn.GRU(6, 4, batch_first=True)
tokens_2 = torch.tensor([[1, 2, 3], [4, 5, 23]])
emb_2 = drop_2(embed_2(tokens_2))
out_2, h_2 = rnn_2(emb_2)
scores_2 = nn.Linear(8, 24)(out_2)

class Model_3(nn.Module):
    def __init__(self, input_size, hidden_size, num_layers=1, bidirectional=False, num_classes=3):
        super().__init__()
        self.hidden_size = hidden_size
        self.num_layers = num_layers
        self.num_directions = 2 if bidirectional else 1
        self.rnn = nn.RNN(input_size, hidden_size, num_layers, batch_first=True, bidirectional=bidirectional, dropout=0.3)
        self.fc = nn.Linear(hidden_size * self.num_directions, num_classes)

    def init_hidden(self, batch):
        return torch.zeros(self.num_layers * self.num_directions, batch, self.hidden_size)

    def forward(self, x):
        hidden = self.init_hidden(x.size(0))
        out, hidden = self.rnn(x, hidden)
        return self.fc(out[:, -1, :])

device_3 = torch.device("cpu")
model_3 = Model_3(2, 8).to(device_3)
model_3.eval()
with torch.no_grad():
    logits_3 = model_3(torch.rand(2, 4, 2).to(device_3))
